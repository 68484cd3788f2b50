#include "ProblemBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ProblemBar::ProblemBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("problemBar"));
    setStyleSheet(
        QStringLiteral("#problemBar { background: #b71c1c; }"
                       "#problemBar QLabel { color: white; font-weight: bold; }"
                       "#problemBar QPushButton { min-height: 40px; padding: 4px 16px; }"));
    m_label->setObjectName(QStringLiteral("problemLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    m_action->setObjectName(QStringLiteral("problemActionButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &ProblemBar::actionClicked);
    hide();
}

void ProblemBar::showProblem(const QString &text, const QString &actionText)
{
    if (text.isEmpty()) {
        clearProblem();
        return;
    }
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
    fitLabel();
}

void ProblemBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitLabel();
}

void ProblemBar::fitLabel()
{
    const int margins = layout()->contentsMargins().left() + layout()->contentsMargins().right();
    int width = this->width() - margins;
    if (!m_action->isHidden())
        width -= m_action->sizeHint().width() + layout()->spacing();
    if (width <= 50)
        return;
    m_label->setMinimumHeight(0); // heightForWidth() never answers less than the minimum
    m_label->setMinimumHeight(m_label->heightForWidth(width));
}

void ProblemBar::clearProblem()
{
    m_label->clear();
    hide();
}

QString ProblemBar::text() const
{
    return m_label->text();
}
