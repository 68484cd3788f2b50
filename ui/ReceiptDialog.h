#pragma once

#include "ShopInfo.h"
#include "checkout/PaymentRecord.h"

#include <QDialog>
#include <QScopedPointer>

class QPrinter;
class QTextDocument;

namespace Ui {
class ReceiptDialog;
}

// Shows the receipt of an approved payment, with print preview and Save as PDF.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(const PaymentRecord &record, const ShopInfo &shop, QWidget *parent = nullptr);
    ~ReceiptDialog() override;

    QTextDocument *document() const { return m_document.data(); }
    // Writes the receipt as a PDF; false (and a message box unless quiet) on failure.
    bool savePdf(const QString &path, bool quiet = false);
    void setStorageWarning(const QString &message);

private:
    void printPreview();
    void askAndSavePdf();
    void paint(QPrinter *printer);

    QScopedPointer<Ui::ReceiptDialog> m_ui;
    QScopedPointer<QTextDocument> m_document;
    PaymentRecord m_record;
};
