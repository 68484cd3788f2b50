#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A red bar under the toolbar that stays while something keeps PayDesk from taking payments
// (the journal cannot be written, the key is missing), with at most one way out as a button.
class ProblemBar : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemBar(QWidget *parent = nullptr);

    // actionText empty: no button. An empty text hides the bar.
    void showProblem(const QString &text, const QString &actionText = {});
    void clearProblem();
    QString text() const;

signals:
    void actionClicked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The main window's layout does not redo height-for-width when only the text changes.
    void fitLabel();

    QLabel *m_label;
    QPushButton *m_action;
};
