#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The messages of a Qt Linguist .ts file, keyed by context + source text (+ comment).
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;    // no type="unfinished"/"vanished"/"obsolete"
    QStringList translations; // one entry, or one per numerus form

    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
    QString label() const; // "Context: source" on one line, for failure lists
};

class TsFile
{
public:
    bool load(const QString &path);
    QString errorString() const { return m_error; }
    const QList<TsMessage> &messages() const { return m_messages; }
    const TsMessage *find(const QString &key) const;

private:
    QList<TsMessage> m_messages;
    QHash<QString, int> m_index;
    QString m_error;
};
