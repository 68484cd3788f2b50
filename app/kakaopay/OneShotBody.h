#pragma once

#include <QIODevice>

// A request body that can be read once and never rewound. QNetworkAccessManager quietly resends
// a request whose connection closed before the answer; for a payment call that could approve or
// cancel twice. With a body that refuses reset() that resend fails (ContentReSendError) and the
// caller learns that the outcome is unknown instead.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
