#pragma once

#include <QByteArray>
#include <QString>

namespace callscore {

struct DecodedText {
    QString text;
    QString encoding;         // the encoding used, for logs ("UTF-8", "WINDOWS-1251", ...)
    int invalidSequences = 0; // bytes that did not decode and became U+FFFD
};

// Turns the bytes of a text file into a QString. Files come from PBXs
// (UTF-8, sometimes with a few corrupt bytes) and from Russian-locale Excel
// (Windows-1251, often with a BOM when saved as UTF-8).
class TextDecoder
{
public:
    explicit TextDecoder(const QByteArray& fallbackEncoding = QByteArrayLiteral("windows-1251"));

    DecodedText decode(const QByteArray& bytes) const;

private:
    static QByteArray detectWithUchardet(const QByteArray& bytes);
    static bool isMostlyUtf8(const QByteArray& bytes, int* invalidSequences);
    static DecodedText decodeAs(const QByteArray& bytes, const QByteArray& encoding);

    QByteArray m_fallback;
};

} // namespace callscore
