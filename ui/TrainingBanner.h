#pragma once

#include <QWidget>

// A striped orange bar across the top of the window in training mode: impossible to mistake
// for a live till. Bilingual on purpose, whatever the UI language.
class TrainingBanner : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};
