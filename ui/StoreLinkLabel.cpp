#include "StoreLinkLabel.h"

#include "storeserver/StoreClient.h"

StoreLinkLabel::StoreLinkLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("storeLinkLabel"));
    hide();
}

void StoreLinkLabel::update(const StoreClient *store, const QString &problem)
{
    if (!store && problem.isEmpty()) {
        hide();
        return;
    }
    QString text;
    QString style;
    if (!store) {
        text = tr("Store server: not connected");
        style = QStringLiteral("color: #b71c1c; font-weight: bold;");
        setToolTip(problem);
    } else {
        const StoreClient::State s = store->state();
        switch (s.link) {
        case StoreClient::Link::Connecting:
            text = tr("Store server: connecting…");
            break;
        case StoreClient::Link::Online:
            text = s.waiting > 0
                       ? tr("Store server: online, sending %n entry(ies)", nullptr, int(s.waiting))
                       : tr("Store server: online");
            style = QStringLiteral("color: #1b5e20;");
            break;
        case StoreClient::Link::Offline:
            text = tr("Store server: offline, %n entry(ies) waiting here (payments go on)", nullptr,
                      int(s.waiting));
            style = QStringLiteral("color: #b71c1c; font-weight: bold;");
            break;
        }
        setToolTip(s.lastError);
    }
    setText(text);
    setStyleSheet(style);
    show();
}
