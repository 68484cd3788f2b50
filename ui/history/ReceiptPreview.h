#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ReceiptPreview;
}

// A receipt from the history (a copy of a sale, or a refund slip) on screen, with Print….
class ReceiptPreview : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiptPreview(const QString &html, QWidget *parent = nullptr);
    ~ReceiptPreview() override;

    QString html() const { return m_html; }

public slots:
    void print();

private:
    QScopedPointer<Ui::ReceiptPreview> m_ui;
    QString m_html;
};
