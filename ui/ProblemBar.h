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

private:
    QLabel *m_label;
    QPushButton *m_action;
};
