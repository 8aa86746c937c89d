package org.spinerad.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts of the PDF, shipped in this bundle ({@code fonts/}, DejaVu Sans,
 * Bitstream Vera licence) so the output does not depend on the fonts of the
 * machine; every glyph used is embedded (subset). They stand for every family
 * the templates name, so no text falls back to a font that is not embedded.
 */
final class Fonts {

	/** The family the print style sheet names. */
	static final String FAMILY = "DejaVu Sans";

	private static final String[] ALIASES = { FAMILY, "sans-serif", "serif", "monospace" };

	private static volatile byte[] regular;
	private static volatile byte[] bold;

	private Fonts() {
	}

	static void register(PdfRendererBuilder builder) {
		byte[] normal = regular();
		byte[] heavy = bold();
		for (String family : ALIASES) {
			builder.useFont(() -> new ByteArrayInputStream(normal), family, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(heavy), family, 700, FontStyle.NORMAL, true);
		}
		// a character missing from the named family is still set in an embedded font
		builder.useFont(() -> new ByteArrayInputStream(normal), FAMILY + " Fallback", 400, FontStyle.NORMAL, true,
				EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
	}

	private static byte[] regular() {
		byte[] b = regular;
		if (b == null) {
			regular = b = load("DejaVuSans.ttf");
		}
		return b;
	}

	private static byte[] bold() {
		byte[] b = bold;
		if (b == null) {
			bold = b = load("DejaVuSans-Bold.ttf");
		}
		return b;
	}

	private static byte[] load(String name) {
		try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The font fonts/" + name
						+ " is missing from the bundle org.spinerad.pdf; reinstall the workstation");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("The font fonts/" + name + " cannot be read: " + e.getMessage(), e);
		}
	}
}
