package org.spinerad.ui.internal.dialogs;

import java.awt.image.BufferedImage;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;

/**
 * Prints the pages of a report's PDF on an SWT printer: each page is drawn at
 * the printer's resolution (at most 300 dpi) and fitted to the printable area,
 * so the print-out has the same layout as the PDF and the preview.
 */
public final class ReportPrinter {

	private static final int MAX_DPI = 300;

	private final PdfService pdfs;

	public ReportPrinter(PdfService pdfs) {
		this.pdfs = pdfs;
	}

	/**
	 * @param printer an open printer; the caller disposes it
	 * @param jobName the name of the print job (no patient data)
	 * @param pdf     the report's PDF
	 * @return the number of pages printed
	 * @throws PdfException when the PDF cannot be drawn
	 */
	public int print(Printer printer, String jobName, byte[] pdf) throws PdfException {
		Point dpi = printer.getDPI();
		List<BufferedImage> pages = pdfs.pages(pdf, Math.min(MAX_DPI, Math.max(dpi.x, dpi.y)));
		if (!printer.startJob(jobName)) {
			throw new PdfException("The printer refused the print job; check the printer, then print again");
		}
		try {
			Rectangle area = printer.getClientArea();
			for (BufferedImage page : pages) {
				if (!printer.startPage()) {
					continue;
				}
				Image image = new Image(printer, PageImages.toImageData(page));
				GC gc = new GC(printer);
				try {
					double scale = Math.min(area.width / (double) page.getWidth(), area.height / (double) page.getHeight());
					int w = (int) Math.round(page.getWidth() * scale);
					int h = (int) Math.round(page.getHeight() * scale);
					gc.drawImage(image, 0, 0, page.getWidth(), page.getHeight(), area.x + (area.width - w) / 2, area.y, w,
							h);
				} finally {
					gc.dispose();
					image.dispose();
				}
				printer.endPage();
			}
		} finally {
			printer.endJob();
		}
		return pages.size();
	}
}
