package org.spinerad.pdf.internal;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.spinerad.model.Addendum;
import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Study;
import org.spinerad.model.edit.Formats;

/**
 * Turns the HTML rendering of a report into the printed page layout: the
 * template's body stays as it is; around it come a running header (institution,
 * patient, accession, and the status when it is not simply final) repeated on
 * every page, a footer with "page x of y", a banner for a preliminary or
 * amended report, and the signature block at the end. All text is set in the
 * embedded font.
 */
final class PdfLayout {

	private static final String STYLE = """
			@page {
			  size: A4;
			  margin: 30mm 18mm 22mm 18mm;
			  @top-center { content: element(pdfHeader); vertical-align: bottom; }
			  @bottom-left { content: element(pdfFooter); font-family: 'DejaVu Sans'; }
			  @bottom-right { content: "Page " counter(page) " of " counter(pages);
			    font-family: 'DejaVu Sans'; font-size: 9px; color: #444; }
			}
			html, body, h1, h2, h3, p, li, div, span, td, th { font-family: 'DejaVu Sans'; }
			body { margin: 0; font-size: 11px; }
			#pdf-header { position: running(pdfHeader); width: 174mm; border-bottom: 1px solid #888;
			  padding-bottom: 2mm; font-size: 9px; color: #222; }
			#pdf-header .institution { font-weight: bold; font-size: 11px; }
			#pdf-header .state { font-weight: bold; color: #b00020; }
			#pdf-footer { position: running(pdfFooter); font-size: 9px; color: #444; }
			.pdf-banner { border: 2px solid #b00020; color: #b00020; padding: 2mm 3mm; margin-bottom: 4mm; }
			.pdf-banner strong { font-size: 15px; letter-spacing: 0.1em; }
			.pdf-signature { margin-top: 8mm; border-top: 1px solid #888; padding-top: 2mm; page-break-inside: avoid; }
			.pdf-signature p { margin: 0.2em 0; }
			.pdf-nobreak { white-space: nowrap; }
			""";

	private PdfLayout() {
	}

	/**
	 * @param html        the report's HTML rendering
	 * @param report      the signed report
	 * @param institution the institution named in the header
	 * @return the document to lay out
	 */
	static org.w3c.dom.Document layout(String html, Report report, String institution) {
		Document doc = Jsoup.parse(html);
		doc.head().appendElement("style").text(STYLE);
		String step = SignedStep.of(report);
		doc.head().appendElement("meta").attr("name", "subject").attr("content",
				"Report " + report.getId() + ", signed step " + step);
		doc.head().appendElement("meta").attr("name", "keywords").attr("content", "report " + report.getId()
				+ "; step " + step + (SignedStep.amended(report) ? "; amends " + report.getId() + "-F.pdf" : ""));
		Element body = doc.body();
		Element banner = banner(report);
		if (banner != null) {
			body.prependChild(banner);
		}
		body.prependChild(footer(report));
		body.prependChild(header(report, institution));
		body.appendChild(signature(report));
		return new W3CDom().fromJsoup(doc);
	}

	private static Element header(Report report, String institution) {
		Element header = new Element("div").attr("id", "pdf-header");
		header.appendElement("div").addClass("institution").text(institution);
		Patient patient = report.getPatient();
		Study study = report.getStudy();
		String name = patient == null ? null : Formats.personName(patient.getName());
		StringBuilder line = new StringBuilder();
		line.append(name == null || name.isBlank() ? "Patient not recorded" : name);
		if (patient != null && patient.getPatientId() != null) {
			line.append(" \u00b7 ID ").append(patient.getPatientId());
		}
		line.append(" \u00b7 Accession ").append(study == null || study.getAccessionNumber() == null ? "-"
				: study.getAccessionNumber());
		Element second = header.appendElement("div").text(line.toString());
		String state = stateWord(report);
		if (state != null) {
			second.appendText(" \u00b7 ").appendElement("span").addClass("state").text(state);
		}
		return header;
	}

	private static Element footer(Report report) {
		String step = SignedStep.of(report);
		return new Element("div").attr("id", "pdf-footer")
				.text("Report " + report.getId() + " \u00b7 signed step " + step);
	}

	private static String stateWord(Report report) {
		if (report.getStatus() == ReportStatus.PRELIMINARY) {
			return "PRELIMINARY";
		}
		return SignedStep.amended(report) ? "AMENDED" : null;
	}

	private static Element banner(Report report) {
		String state = stateWord(report);
		if (state == null) {
			return null;
		}
		Element banner = new Element("div").addClass("pdf-banner");
		banner.appendElement("strong").text(state);
		if (report.getStatus() == ReportStatus.PRELIMINARY) {
			banner.appendElement("p").text("Preliminary report: not yet signed final; findings may change.");
		} else {
			List<Addendum> addenda = report.getAddenda();
			Element p = banner.appendElement("p").text("This report amends the final report signed "
					+ SignedStep.time(report.getSignedAt()) + " by " + orDash(report.getSigner()) + " (document ");
			p.appendElement("span").addClass("pdf-nobreak").text(report.getId() + "-F.pdf");
			p.appendText(") with " + addenda.size() + (addenda.size() == 1 ? " addendum" : " addenda")
					+ "; it replaces every earlier version.");
		}
		return banner;
	}

	private static Element signature(Report report) {
		Element block = new Element("div").addClass("pdf-signature");
		if (report.getStatus() == ReportStatus.PRELIMINARY) {
			String by = report.getSigner() != null ? report.getSigner() : report.getAuthor();
			block.appendElement("p").text("Preliminary report issued by " + orDash(by) + " on "
					+ SignedStep.time(report.getPreliminaryAt()) + ". Not signed final.");
			return block;
		}
		block.appendElement("p").text("Electronically signed by " + orDash(report.getSigner()) + " on "
				+ SignedStep.time(report.getSignedAt()) + ".");
		int n = 0;
		for (Addendum addendum : report.getAddenda()) {
			n++;
			block.appendElement("p").text("Addendum " + n + " signed by " + orDash(addendum.getAuthor()) + " on "
					+ SignedStep.time(addendum.getCreatedAt()) + ".");
		}
		return block;
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}
}
