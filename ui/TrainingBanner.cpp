#include "TrainingBanner.h"

#include <QPainter>
#include <QPainterPath>

TrainingBanner::TrainingBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    const QString english = QStringLiteral("TRAINING MODE — no real payments");
    const QString korean = QStringLiteral("연습 모드 — 실제 결제 아님");
    const QString local = tr("TRAINING MODE — no real payments");
    // English source plus Korean; in a translated UI the translation plus English.
    m_text = (local == english) ? english + QStringLiteral("  /  ") + korean
                                : local + QStringLiteral("  /  ") + english;
    setAccessibleName(m_text);
    setToolTip(tr("Payments go to the local KakaoPay simulator. No money moves."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    setFont(f);
}

QSize TrainingBanner::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text) + 80, fontMetrics().height() * 2 + 8};
}

void TrainingBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor orange(0xff, 0x8f, 0x00);
    const QColor dark(0x26, 0x26, 0x26);
    p.fillRect(rect(), orange);
    // Diagonal warning stripes.
    const int stripe = 18;
    p.setPen(Qt::NoPen);
    p.setBrush(dark);
    for (int x = -height(); x < width() + height(); x += stripe * 2) {
        QPainterPath path;
        path.moveTo(x, height());
        path.lineTo(x + stripe, height());
        path.lineTo(x + stripe + height(), 0);
        path.lineTo(x + height(), 0);
        path.closeSubpath();
        p.drawPath(path);
    }
    // The text on a solid plate so the stripes never hurt legibility.
    const QFontMetrics fm(font());
    const int plateWidth = qMin(width() - 16, fm.horizontalAdvance(m_text) + 40);
    const QRect plate((width() - plateWidth) / 2, 4, plateWidth, height() - 8);
    p.setBrush(orange);
    p.drawRoundedRect(plate, 6, 6);
    p.setPen(Qt::black);
    p.drawText(plate, Qt::AlignCenter | Qt::TextSingleLine, m_text);
}
