#pragma once

#include "ShopInfo.h"

class Database;
class Journal;
class ManagerStore;
class RefundService;

// What the history screens work on, owned by the application (MainWindow). RefundService and
// ManagerStore may be null: the history is then read-only (no Refund… button).
struct HistoryContext
{
    Database *database = nullptr;
    Journal *journal = nullptr;
    ManagerStore *managers = nullptr;
    RefundService *refunds = nullptr;
    ShopInfo shop; // for reprinted receipts
};
