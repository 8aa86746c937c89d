package org.spinerad.pdf;

import java.awt.image.BufferedImage;
import java.util.List;

import org.spinerad.model.Report;

/**
 * Makes the PDF of a signed report (an OSGi service): the report's HTML
 * rendering with its template, laid out on A4 pages. Every page carries the
 * institution, the patient, the accession number and "page x of y"; a
 * preliminary or amended report carries a banner saying so; the last page
 * ends with the signature block. Fonts are shipped with the workstation and
 * embedded, so the output is the same on every machine.
 */
public interface PdfService {

	/**
	 * @param report a signed report (preliminary, final or amended); only read
	 * @return the PDF document
	 * @throws PdfException for a draft, a report whose template is not installed, or a failed layout
	 */
	byte[] render(Report report) throws PdfException;

	/**
	 * Draws the pages of a PDF made by {@link #render}, for a print preview or a printer.
	 *
	 * @param pdf the document
	 * @param dpi resolution, e.g. 96 for a screen, 300 for a printer
	 * @return one image per page
	 * @throws PdfException when the bytes are not a readable PDF
	 */
	List<BufferedImage> pages(byte[] pdf, float dpi) throws PdfException;

	/**
	 * @return the name of the PDF file of the report's current signed step,
	 *         e.g. {@code R-17-F.pdf}, {@code R-17-C1.pdf} after the first addendum
	 * @throws PdfException for a draft or a report without id
	 */
	String fileName(Report report) throws PdfException;
}
