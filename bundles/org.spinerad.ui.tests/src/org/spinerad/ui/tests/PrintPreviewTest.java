package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.pdf.PdfService;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.PrintPreviewDialog;
import org.spinerad.ui.internal.dialogs.ReportPrinter;
import org.spinerad.ui.session.ReportSession;

/**
 * Ctrl+P on a signed report opens the print preview with the pages of its PDF;
 * printing goes through SWT printing (here GTK's "Print to File") with the same pages.
 */
class PrintPreviewTest {

	private static final Duration WAIT = Duration.ofSeconds(20);
	private final Ui ui = Ui.of(Display.getCurrent());

	@AfterEach
	void closeReport() {
		session().close();
	}

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private static Report signed() throws Exception {
		Report report = session().store().load("case-INF-01");
		report.setId("print-preview-test");
		report.setSigner("Dr. Example Radiologist");
		report.setPreliminaryAt(new Date());
		report.setSignedAt(new Date());
		report.setStatus(ReportStatus.FINAL);
		for (int i = 1; i <= 40; i++) {
			report.getRecommendations().add("Recommendation " + i + " so that the report takes two pages");
		}
		return report;
	}

	@Test
	void ctrlPShowsThePagesOfThePdfAndPagesThroughThem() throws Exception {
		session().open(signed(), false);
		List<String> seen = new ArrayList<>();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + WAIT.toMillis();
		poll[0] = () -> {
			for (Shell shell : ui.display().getShells()) {
				if (shell.isVisible() && shell.getText().equals("Print preview")) {
					Label page = (Label) ui.all(shell, Label.class).stream()
							.filter(l -> PrintPreviewDialog.PAGE_LABEL.equals(l.getData(Ui.ID_KEY))).findFirst().orElseThrow();
					Label image = (Label) ui.all(shell, Label.class).stream()
							.filter(l -> PrintPreviewDialog.PAGE_IMAGE.equals(l.getData(Ui.ID_KEY))).findFirst().orElseThrow();
					seen.add(page.getText());
					seen.add(image.getImage() == null ? "no image" : image.getImage().getBounds().width + "x"
							+ image.getImage().getBounds().height);
					try {
						ui.screenshot(shell, Screenshots.file("print-preview"));
						Files.createDirectories(Screenshots.file("print-preview-page1").getParent());
						ImageLoader loader = new ImageLoader();
						loader.data = new ImageData[] { image.getImage().getImageData() };
						loader.save(Screenshots.file("print-preview-page1").toString(), SWT.IMAGE_PNG);
					} catch (java.io.IOException | RuntimeException e) {
						seen.add("screenshot failed: " + e);
					}
					Button next = (Button) ui.all(shell, Button.class).stream()
							.filter(b -> PrintPreviewDialog.NEXT.equals(b.getData(Ui.ID_KEY))).findFirst().orElseThrow();
					next.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
					seen.add(page.getText());
					shell.close();
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				ui.display().timerExec(100, poll[0]);
			}
		};
		ui.display().timerExec(100, poll[0]);
		ui.focus(ui.shell("Spine MRI Reporting"));
		ui.press('p', SWT.MOD1);
		ui.waitUntil("the print preview to open and close", WAIT, () -> seen.size() >= 3);
		assertTrue(seen.get(0).matches("Page 1 of [2-9]"), "" + seen);
		assertEquals("661x935", seen.get(1), "an A4 page at 80 dpi");
		assertTrue(seen.get(2).startsWith("Page 2 of "), "" + seen);
	}

	@Test
	void printingSendsEveryPageToThePrinter() throws Exception {
		PdfService pdfs = Workbench.service(PdfService.class);
		byte[] pdf = pdfs.render(signed());
		PrinterData file = Arrays.stream(Printer.getPrinterList()).filter(p -> p.name.contains("File")).findFirst()
				.orElseThrow(() -> new AssertionError("no Print to File printer: " + Arrays.toString(Printer.getPrinterList())));
		Path out = Screenshots.file("printed").resolveSibling("printed.pdf").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.deleteIfExists(out);
		file.printToFile = true;
		file.fileName = out.toString();
		Printer printer = new Printer(file);
		int pages;
		try {
			pages = new ReportPrinter(pdfs).print(printer, "print-preview-test", pdf);
		} finally {
			printer.dispose();
		}
		int expected = pdfs.pages(pdf, 10).size();
		assertEquals(expected, pages, "every page of the PDF went to the printer");
		assertTrue(pages >= 2, "pages: " + pages);
		ui.waitUntil("the printer to write every page to its file", WAIT, () -> printedPages(pdfs, out) == expected);
	}

	private static int printedPages(PdfService pdfs, Path file) {
		try {
			return Files.isRegularFile(file) ? pdfs.pages(Files.readAllBytes(file), 10).size() : -1;
		} catch (Exception e) {
			return -1;
		}
	}
}
