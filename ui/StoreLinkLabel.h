#pragma once

#include <QLabel>

class StoreClient;

// The store server's link in the status bar, for the cashier and the manager: online, or
// offline and how many entries wait on this counter (they are sent when the link is back; the
// counter goes on taking payments meanwhile). Hidden when no store server is set up.
class StoreLinkLabel : public QLabel
{
    Q_OBJECT

public:
    explicit StoreLinkLabel(QWidget *parent = nullptr);

    // `problem`: why there is no link at all (a bad address, no password); empty otherwise.
    void update(const StoreClient *store, const QString &problem);
};
