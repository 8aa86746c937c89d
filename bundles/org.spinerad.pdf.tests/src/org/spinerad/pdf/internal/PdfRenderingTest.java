package org.spinerad.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.pdf.internal.PdfFixtures.text;
import static org.spinerad.pdf.internal.PdfFixtures.words;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.edit.Formats;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;

/**
 * The PDF of signed example reports, read back with poppler: the text has the
 * patient, the accession, every impression item and the signer; every page has
 * the header and "page x of y"; fonts are embedded; the first page is saved as
 * a PNG under target/pdf to look at.
 */
class PdfRenderingTest {

	private static Path write(String name, byte[] pdf) throws Exception {
		Path file = PdfFixtures.target("pdf").resolve(name);
		Files.write(file, pdf);
		return file;
	}

	private static String patient(Report report) {
		return words(Formats.personName(report.getPatient().getName()));
	}

	@Test
	void theFinalPdfHoldsPatientAccessionEveryImpressionItemAndTheSigner() throws Exception {
		Report report = PdfFixtures.signedFinal("POST-01");
		Path pdf = write("POST-01-final.pdf", PdfFixtures.service(PdfService.class).render(report));
		String text = text(pdf);

		assertTrue(text.contains(patient(report)), text);
		assertTrue(text.contains(words(report.getStudy().getAccessionNumber())), text);
		assertFalse(report.getImpression().isEmpty());
		for (ImpressionItem item : report.getImpression()) {
			String sentence = words(item.getText()).replaceAll("\\.$", "");
			assertTrue(text.contains(sentence), "impression item missing: " + sentence + " in " + text);
		}
		assertTrue(text.contains("electronically signed by " + words(PdfFixtures.SIGNER)), text);
		assertTrue(text.contains("2026-11-28"), "signing time: " + text);
		assertFalse(text.contains("preliminary report:"), text);
		assertFalse(text.contains("amended"), text);

		Path png = PdfFixtures.target("pdf").resolve("POST-01-final-page1");
		PdfFixtures.run("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
				png.toString());
		assertTrue(Files.size(png.resolveSibling("POST-01-final-page1.png")) > 10_000, "page 1 drawn");
	}

	@Test
	void everyFontIsEmbeddedAndTheDocumentClaimsPdfA2b() throws Exception {
		Path pdf = write("POST-01-fonts.pdf", PdfFixtures.service(PdfService.class).render(PdfFixtures.signedFinal("POST-01")));
		List<String> fonts = PdfFixtures.run("pdffonts", pdf.toString()).lines().skip(2).toList();
		assertFalse(fonts.isEmpty(), "fonts listed");
		assertTrue(fonts.stream().anyMatch(f -> f.contains("+DejaVuSans ")), "regular text: " + fonts);
		assertTrue(fonts.stream().anyMatch(f -> f.contains("+DejaVuSans-Bold ")), "headings: " + fonts);
		for (String font : fonts) {
			assertTrue(font.contains("DejaVuSans"), font);
			// columns: name type encoding emb sub uni object ID
			String[] columns = font.trim().split("\\s+");
			assertEquals("yes", columns[columns.length - 5], "embedded: " + font);
		}
		String meta = PdfFixtures.run("pdfinfo", "-meta", pdf.toString());
		assertTrue(meta.matches("(?s).*pdfaid:part(>|=\")2.*"), meta);
		assertTrue(meta.matches("(?s).*pdfaid:conformance(>|=\")B.*"), meta);
	}

	@Test
	void everyPageOfALongPreliminaryReportHasHeaderBannerWordAndPageXOfY() throws Exception {
		Report report = PdfFixtures.preliminary("POST-01");
		for (int i = 1; i <= 80; i++) {
			report.getRecommendations().add("Follow-up recommendation number " + i + " for the page test");
		}
		Path pdf = write("POST-01-preliminary.pdf", PdfFixtures.service(PdfService.class).render(report));
		int pages = PdfFixtures.pages(pdf);
		assertTrue(pages >= 2, "a long report takes several pages: " + pages);
		for (int page = 1; page <= pages; page++) {
			String text = text(pdf, page);
			assertTrue(text.contains(patient(report)), "patient on page " + page + ": " + text);
			assertTrue(text.contains("accession " + words(report.getStudy().getAccessionNumber())), text);
			assertTrue(text.contains("preliminary"), "status on page " + page);
			assertTrue(text.contains("page " + page + " of " + pages), "page " + page + ": " + text);
		}
		String all = text(pdf);
		assertTrue(all.contains("preliminary report: not yet signed final"), all);
		assertTrue(all.contains("preliminary report issued by " + words(PdfFixtures.SIGNER)), all);
	}

	@Test
	void anAmendedReportIsMarkedAndNamesTheFinalItAmends() throws Exception {
		Report report = PdfFixtures.amend(PdfFixtures.signedFinal("POST-01"), "Contrast images reviewed again: no change.");
		PdfService service = PdfFixtures.service(PdfService.class);
		assertEquals(report.getId() + "-C1.pdf", service.fileName(report));
		Path pdf = write("POST-01-amended.pdf", service.render(report));
		String text = text(pdf);
		assertTrue(text.contains("amended"), text);
		assertTrue(text.contains("amends the final report signed 2026-11-28"), text);
		assertTrue(text.contains(words(report.getId() + "-F.pdf")), "traceable to the original: " + text);
		assertTrue(text.contains("contrast images reviewed again: no change"), "addendum text: " + text);
		assertTrue(text.contains("addendum 1 signed by dr. second reader"), text);
		String info = PdfFixtures.run("pdfinfo", pdf.toString());
		assertTrue(info.contains("amends " + report.getId() + "-F.pdf"), info);
	}

	@Test
	void aDraftHasNoPdf() throws Exception {
		Report report = PdfFixtures.signedFinal("POST-01");
		report.setStatus(ReportStatus.DRAFT);
		PdfException e = assertThrows(PdfException.class, () -> PdfFixtures.service(PdfService.class).render(report));
		assertTrue(e.getMessage().contains("sign the report"), e.getMessage());
	}

	@Test
	void pagesAreDrawnForThePrintPreview() throws Exception {
		PdfService service = PdfFixtures.service(PdfService.class);
		List<BufferedImage> pages = service.pages(service.render(PdfFixtures.signedFinal("POST-01")), 50);
		assertFalse(pages.isEmpty());
		// A4 at 50 dpi: 8.27 x 11.69 in
		assertEquals(413, pages.get(0).getWidth(), 2);
		assertEquals(585, pages.get(0).getHeight(), 2);
	}
}
