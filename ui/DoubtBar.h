#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// An amber bar under the toolbar while payments or refunds are in doubt: KakaoPay has not said
// whether the money moved, and PayDesk keeps asking. The button opens the list.
class DoubtBar : public QFrame
{
    Q_OBJECT

public:
    explicit DoubtBar(QWidget *parent = nullptr);

    // Hidden when both are 0.
    void setOpen(int payments, int refunds);
    QString text() const;

signals:
    void detailsRequested();

private:
    QLabel *m_label;
    QPushButton *m_details;
};
