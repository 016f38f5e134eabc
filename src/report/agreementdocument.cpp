#include "shegong/report/agreementdocument.h"

#include "pagelayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace shegong::report {
namespace {

struct AgreementText {
    Q_DECLARE_TR_FUNCTIONS(AgreementDocument)
};

int paintOn(const core::CaseDetail& d, const QString& placeName, QPagedPaintDevice& device, QPainter* painter,
            int totalPages)
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const double left = mm(20), right = device.width() - mm(20);
    const DocumentFonts fonts(dpmm);
    const auto decorate = [&](int page) {
        if (!painter)
            return;
        painter->setFont(fonts.title);
        painter->drawText(QRectF(left, mm(8), right - left, mm(9)), Qt::AlignCenter,
                          AgreementText::tr("People's mediation agreement"));
        painter->setFont(fonts.body);
        painter->drawText(QRectF(left, mm(17), right - left, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                          d.summary.number);
        painter->drawText(QRectF(left, device.height() - mm(12), right - left, mm(6)), Qt::AlignCenter,
                          AgreementText::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    Pages pages(painter, device, decorate);
    // A paragraph wraps over as many lines as it needs, page by page.
    const auto paragraph = [&](const QString& text, const QFont& font) {
        const QFontMetricsF metrics(font, &device);
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, right - left, 1e6), Qt::TextWordWrap, text);
        const double top = pages.take(bounds.height() + mm(2));
        if (painter) {
            painter->setFont(font);
            painter->drawText(QRectF(left, top, right - left, bounds.height() + mm(1)), Qt::TextWordWrap,
                              text);
        }
    };
    for (const core::CaseParty& p : d.parties) {
        QString line = QStringLiteral("%1：%2").arg(core::partyRoleName(p.role), p.person.name);
        if (!p.person.idNumber.isEmpty())
            line += AgreementText::tr(", ID number %1").arg(p.person.idNumber);
        paragraph(line, fonts.body);
    }
    pages.skip(mm(3));
    paragraph(AgreementText::tr("Facts of the dispute"), fonts.bold);
    paragraph(d.agreement->facts.isEmpty() ? d.description : d.agreement->facts, fonts.body);
    pages.skip(mm(2));
    paragraph(AgreementText::tr("Mediated by %1, the parties agree of their own will:").arg(placeName),
              fonts.bold);
    paragraph(d.agreement->terms, fonts.body);
    if (d.agreement->amountYuan > 0)
        paragraph(AgreementText::tr("Amount: %1 yuan.").arg(d.agreement->amountYuan), fonts.body);
    for (const core::Payment& p : d.agreement->payments)
        paragraph(
            AgreementText::tr("%1 yuan due on %2.").arg(p.amountYuan).arg(p.dueOn.toString(Qt::ISODate)),
            fonts.body);
    pages.skip(mm(2));
    paragraph(AgreementText::tr(
                  "This agreement is made in as many copies as there are parties, plus one kept by the "
                  "committee; it takes effect when signed by the parties and the mediator and sealed. "
                  "The parties may apply to the court for judicial confirmation within thirty days."),
              fonts.body);
    QStringList signers;
    for (const core::CaseParty& p : d.parties)
        signers << AgreementText::tr("%1 (signature):").arg(core::partyRoleName(p.role));
    signatureRow(pages, fonts, signers);
    signatureRow(
        pages, fonts,
        {AgreementText::tr("Mediator (signature):"), AgreementText::tr("Seal of %1:").arg(placeName)});
    const double dated = pages.take(mm(8));
    if (painter) {
        painter->setFont(fonts.body);
        painter->drawText(QRectF(left, dated, right - left, mm(8)), Qt::AlignRight | Qt::AlignVCenter,
                          AgreementText::tr("Signed on %1").arg(d.agreement->signedOn.toString(Qt::ISODate)));
    }
    return pages.pages();
}

QString sourceName(core::CaseSource source)
{
    switch (source) {
    case core::CaseSource::Application:
        return AgreementText::tr("a party's application");
    case core::CaseSource::Visit:
        return AgreementText::tr("a social worker's visit");
    case core::CaseSource::Event:
        return AgreementText::tr("a social worker's event");
    case core::CaseSource::Police:
        return AgreementText::tr("police referral");
    case core::CaseSource::Court:
        return AgreementText::tr("court entrustment");
    }
    return {};
}

int paintIntakeOn(const core::CaseDetail& d, QPagedPaintDevice& device, QPainter* painter, int totalPages)
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const double left = mm(14), right = device.width() - mm(14);
    const DocumentFonts fonts(dpmm);
    const auto decorate = [&](int page) {
        if (!painter)
            return;
        painter->setFont(fonts.title);
        painter->drawText(QRectF(left, mm(8), right - left, mm(9)), Qt::AlignCenter,
                          AgreementText::tr("Mediation case intake form"));
        painter->setFont(fonts.body);
        painter->drawText(QRectF(left, mm(17), right - left, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                          d.summary.placeName);
        painter->drawText(QRectF(left, mm(17), right - left, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                          d.summary.number);
        painter->drawText(QRectF(left, device.height() - mm(12), right - left, mm(6)), Qt::AlignCenter,
                          AgreementText::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    Pages pages(painter, device, decorate);
    const double width = (right - left) / dpmm;
    Table facts(pages, fonts, {{AgreementText::tr("Item"), 40}, {AgreementText::tr("Entry"), width - 40}});
    facts.begin();
    facts.row({AgreementText::tr("Case number"), d.summary.number});
    facts.row({AgreementText::tr("Taken in on"), d.summary.intakeDay.toString(Qt::ISODate)});
    facts.row({AgreementText::tr("Source"), sourceName(d.source)});
    facts.row({AgreementText::tr("Category"), core::disputeCategoryName(d.summary.category)});
    facts.row({AgreementText::tr("Title"), d.summary.title});
    facts.row({AgreementText::tr("Amount in dispute"),
               d.amountYuan ? AgreementText::tr("%1 yuan").arg(*d.amountYuan) : QString()});
    facts.row({AgreementText::tr("Mediators"),
               QStringList(d.mediators.begin(), d.mediators.end()).join(QStringLiteral("、"))});
    pages.skip(mm(3));
    Table parties(pages, fonts,
                  {{AgreementText::tr("Role"), 30},
                   {AgreementText::tr("Name"), 40},
                   {AgreementText::tr("ID number"), 60},
                   {AgreementText::tr("Phone"), width - 130}});
    parties.begin();
    for (const core::CaseParty& p : d.parties)
        parties.row({core::partyRoleName(p.role), p.person.name, p.person.idNumber, p.person.phone});
    pages.skip(mm(3));
    sectionTitle(pages, fonts, AgreementText::tr("The dispute in short"));
    const QFontMetricsF metrics(fonts.body, &device);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, right - left, 1e6), Qt::TextWordWrap, d.description);
    const double top = pages.take(bounds.height() + mm(2));
    if (painter) {
        painter->setFont(fonts.body);
        painter->drawText(QRectF(left, top, right - left, bounds.height() + mm(1)), Qt::TextWordWrap,
                          d.description);
    }
    signatureRow(pages, fonts, {AgreementText::tr("Registered by:"), AgreementText::tr("Date:")});
    return pages.pages();
}

} // namespace

int paintIntakeForm(const core::CaseDetail& detail, QPagedPaintDevice& device)
{
    return paintCounted(
        device, [&](QPainter* painter, int total) { return paintIntakeOn(detail, device, painter, total); });
}

core::Result<int> writeIntakeFormPdf(const core::CaseDetail& detail, const QString& path)
{
    return writePdf(path, AgreementText::tr("Intake form %1").arg(detail.summary.number),
                    [&](QPagedPaintDevice& pdf) { return paintIntakeForm(detail, pdf); });
}

int paintAgreement(const core::CaseDetail& detail, const QString& placeName, QPagedPaintDevice& device)
{
    if (!detail.agreement)
        return 0;
    return paintCounted(device, [&](QPainter* painter, int total) {
        return paintOn(detail, placeName, device, painter, total);
    });
}

core::Result<int> writeAgreementPdf(const core::CaseDetail& detail, const QString& placeName,
                                    const QString& path)
{
    if (!detail.agreement)
        return core::Error{QStringLiteral("case"), AgreementText::tr("The case has no agreement to print")};
    return writePdf(path, AgreementText::tr("Mediation agreement %1").arg(detail.summary.number),
                    [&](QPagedPaintDevice& pdf) { return paintAgreement(detail, placeName, pdf); });
}

} // namespace shegong::report
