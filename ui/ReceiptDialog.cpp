#include "ReceiptDialog.h"
#include "ui_ReceiptDialog.h"

#include "ReceiptDocument.h"
#include "UiLog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

ReceiptDialog::ReceiptDialog(const PaymentRecord &record, const ShopInfo &shop, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ReceiptDialog),
      m_document(ReceiptDocument(record, shop).createDocument()), m_record(record)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("receiptDialog"));
    QFont big = m_ui->resultLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->resultLabel->setFont(big);
    m_ui->resultLabel->setText(record.training ? tr("Payment approved (training)")
                                               : tr("Payment approved"));
    m_ui->resultLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_ui->receiptBrowser->setDocument(m_document.data());
    connect(m_ui->printPreviewButton, &QPushButton::clicked, this, &ReceiptDialog::printPreview);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ReceiptDialog::askAndSavePdf);
    m_ui->doneButton->setFocus();
}

ReceiptDialog::~ReceiptDialog()
{
    // The browser shows our document: let it go first.
    m_ui->receiptBrowser->setDocument(nullptr);
}

void ReceiptDialog::setStorageWarning(const QString &message)
{
    m_ui->resultLabel->setText(m_ui->resultLabel->text() + QLatin1Char('\n') + message);
    m_ui->resultLabel->setWordWrap(true);
    m_ui->resultLabel->setStyleSheet(QStringLiteral("color: #e65100;"));
}

void ReceiptDialog::paint(QPrinter *printer)
{
    QScopedPointer<QTextDocument> copy(m_document->clone());
    copy->print(printer);
}

void ReceiptDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print receipt"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ReceiptDialog::paint);
    preview.exec();
}

bool ReceiptDialog::savePdf(const QString &path, bool quiet)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Receipt %1").arg(m_record.partnerOrderId));
    paint(&printer);
    const QFileInfo written(path);
    const bool ok = written.exists() && written.size() > 0;
    if (!ok) {
        qCWarning(lcUi) << "receipt PDF not written:" << path;
        if (!quiet)
            QMessageBox::warning(
                this, tr("Receipt"),
                tr("The receipt could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return ok;
}

void ReceiptDialog::askAndSavePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(QStringLiteral("receipt-%1.pdf").arg(m_record.partnerOrderId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}
