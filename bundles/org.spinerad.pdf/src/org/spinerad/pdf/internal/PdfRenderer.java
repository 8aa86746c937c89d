package org.spinerad.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.model.Report;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * The PDF service: the report's HTML rendering (its template's
 * {@code report.ftlh} through the template service), laid out by
 * {@link PdfLayout} and written by openhtmltopdf as PDF/A-2b with the fonts of
 * this bundle and an sRGB output intent. Nothing outside the document is ever
 * loaded: every external resource (image, style sheet, font URL) is refused.
 */
@Component(service = PdfService.class)
public final class PdfRenderer implements PdfService {

	/**
	 * The layout library reports timings and font loading at INFO and PDFBox the
	 * substitutes of standard fonts the PDF never uses: only their warnings
	 * (PDFBox: errors) are kept. The logger is held so the setting stays.
	 */
	private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger
			.getLogger("org.apache.pdfbox.pdmodel.font");

	static {
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, java.util.logging.Level.WARNING);
		}
		PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
	}

	@Reference
	volatile TemplateService templates;
	@Reference
	volatile TemplateRegistry registry;

	private final Supplier<String> institution;

	/** For Declarative Services: the institution comes from the preferences. */
	public PdfRenderer() {
		this.institution = PdfSettings::institution;
	}

	/**
	 * A renderer on given template services, outside the workstation (tools and benchmarks).
	 *
	 * @param institution the institution printed in the header, or null for the study's
	 */
	public PdfRenderer(TemplateService templates, TemplateRegistry registry, String institution) {
		this.templates = templates;
		this.registry = registry;
		this.institution = () -> institution;
	}

	@Override
	public byte[] render(Report report) throws PdfException {
		String step = SignedStep.of(report);
		if (step == null) {
			throw new PdfException("A draft has no PDF: sign the report (preliminary or final) first");
		}
		return write(html(report), report);
	}

	/** @return the report's HTML rendering with its template */
	String html(Report report) throws PdfException {
		String id = report.getTemplateId();
		TemplateRegistry currentRegistry = registry;
		TemplateService currentTemplates = templates;
		Optional<TemplateProvider> template = currentRegistry == null || id == null ? Optional.empty()
				: currentRegistry.find(id);
		if (template.isEmpty() || currentTemplates == null) {
			throw new PdfException("The PDF cannot be made: the template '" + id
					+ "' of the report is not installed; install its template plugin, then retry");
		}
		try {
			return currentTemplates.render(report, template.get(), OutputFormat.HTML).text();
		} catch (TemplateError e) {
			throw new PdfException("The PDF cannot be made: the report's HTML rendering failed: " + e.describe(), e);
		}
	}

	/** @return the PDF of a report's HTML rendering */
	byte[] write(String html, Report report) throws PdfException {
		String header = institution.get();
		if (header == null) {
			header = report.getStudy() != null && report.getStudy().getInstitution() != null
					? report.getStudy().getInstitution()
					: "Institution not recorded";
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(PdfLayout.layout(html, report, header), "about:blank");
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			Fonts.register(builder);
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
			builder.withProducer("SpineRad");
			builder.toStream(out);
			builder.run();
		} catch (IOException | RuntimeException e) {
			throw new PdfException("The PDF of report " + report.getId() + " cannot be laid out: " + e
					+ "; tell the administrator (the template's HTML may be malformed)", e);
		}
		return out.toByteArray();
	}

	@Override
	public List<BufferedImage> pages(byte[] pdf, float dpi) throws PdfException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(doc);
			List<BufferedImage> pages = new ArrayList<>();
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
			}
			return pages;
		} catch (IOException e) {
			throw new PdfException("The PDF cannot be drawn: " + e.getMessage(), e);
		}
	}

	@Override
	public String fileName(Report report) throws PdfException {
		String step = SignedStep.of(report);
		if (step == null || report.getId() == null || report.getId().isBlank()) {
			throw new PdfException("Only a saved, signed report has a PDF file name");
		}
		return report.getId().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + step + ".pdf";
	}
}
