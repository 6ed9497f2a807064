#include "TextDecoder.h"

#include "ImportLog.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

namespace callscore {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// A file counts as UTF-8 with corruption, rather than as another encoding,
// when its well-formed multi-byte characters clearly outnumber the bad ones.
constexpr int kValidPerInvalid = 2;

// KOI8-R and CP866 still come out of old Russian systems; uchardet tells
// them from Windows-1251 reliably only with enough Cyrillic text to go on.
constexpr int kMinBytesToTrustGuess = 64;

bool isTrustedGuess(const QByteArray& name, const QByteArray& bytes)
{
    static const QByteArrayList kOtherCyrillic = {"KOI8-R", "KOI8-U", "IBM866", "CP866"};
    if (!kOtherCyrillic.contains(name.toUpper()))
        return false;
    const auto nonAscii =
        std::count_if(bytes.begin(), bytes.end(), [](char byte) { return quint8(byte) >= 0x80; });
    return nonAscii >= kMinBytesToTrustGuess;
}

} // namespace

TextDecoder::TextDecoder(const QByteArray& fallbackEncoding)
    : m_fallback(fallbackEncoding)
{}

DecodedText TextDecoder::decode(const QByteArray& bytes) const
{
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom);
        DecodedText result{decoder(bytes),
                           QString::fromLatin1(QStringConverter::nameForEncoding(*bom)), 0};
        result.invalidSequences =
            decoder.hasError() ? int(result.text.count(QChar(kReplacement))) : 0;
        return result;
    }

    int invalid = 0;
    if (isMostlyUtf8(bytes, &invalid)) {
        DecodedText result = decodeAs(bytes, QByteArrayLiteral("UTF-8"));
        result.invalidSequences = invalid;
        if (invalid > 0)
            qCInfo(lcImport) << "UTF-8 text with" << invalid << "invalid byte sequences replaced";
        return result;
    }

    // Text that is not UTF-8 is Windows-1251 unless uchardet finds one of the
    // other Russian code pages in a good amount of text: on a short file it
    // happily calls Windows-1251 Greek, Arabic or Mac Cyrillic.
    const QByteArray detected = detectWithUchardet(bytes);
    if (isTrustedGuess(detected, bytes) && QStringDecoder(detected.constData()).isValid())
        return decodeAs(bytes, detected);

    qCInfo(lcImport) << "encoding guess" << detected << "not taken, using" << m_fallback;
    return decodeAs(bytes, m_fallback);
}

bool TextDecoder::isMostlyUtf8(const QByteArray& bytes, int* invalidSequences)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder(bytes);
    *invalidSequences = 0;
    if (!decoder.hasError())
        return true;

    int valid = 0;
    for (const QChar c : text) {
        if (c.unicode() == kReplacement)
            ++*invalidSequences;
        else if (c.unicode() >= 0x80)
            ++valid;
    }
    return valid >= kValidPerInvalid * *invalidSequences;
}

QByteArray TextDecoder::detectWithUchardet(const QByteArray& bytes)
{
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                         &uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};

    uchardet_data_end(detector.get());
    const QByteArray charset(uchardet_get_charset(detector.get()));
    // uchardet says ASCII or nothing when it cannot tell a single-byte code page apart.
    if (charset.compare("ASCII", Qt::CaseInsensitive) == 0)
        return {};
    return charset;
}

DecodedText TextDecoder::decodeAs(const QByteArray& bytes, const QByteArray& encoding)
{
    QStringDecoder decoder(encoding.constData());
    DecodedText result{decoder(bytes), QString::fromLatin1(encoding).toUpper(), 0};
    if (decoder.hasError())
        result.invalidSequences = int(result.text.count(QChar(kReplacement)));
    return result;
}

} // namespace callscore
