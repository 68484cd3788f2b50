#include "ReceiptPreview.h"
#include "ui_ReceiptPreview.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

ReceiptPreview::ReceiptPreview(const QString &html, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ReceiptPreview), m_html(html)
{
    m_ui->setupUi(this);
    m_ui->receiptBrowser->setHtml(html);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReceiptPreview::print);
}

ReceiptPreview::~ReceiptPreview() = default;

void ReceiptPreview::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_html);
    document.print(&printer);
}
