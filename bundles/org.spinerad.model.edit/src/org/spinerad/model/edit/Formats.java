package org.spinerad.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.Located;
import org.spinerad.model.Measured;

/**
 * How numbers, sizes and levels are written in reports, forms and messages,
 * whatever the workstation's locale: 8.2, never 8,2.
 */
public final class Formats {

	private Formats() {
	}

	/** @return 8.2 as "8.2", 8.0 as "8", 0.1 as "0.1", never in exponent form */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** @return "24 x 31 x 56 mm" (AP x transverse x craniocaudal, those recorded), or null when none is */
	public static String size(Measured m) {
		List<String> parts = new ArrayList<>();
		for (Double d : new Double[] { m.getApMm(), m.getTransverseMm(), m.getCraniocaudalMm() }) {
			if (d != null) {
				parts.add(number(d));
			}
		}
		return parts.isEmpty() ? null : String.join(" x ", parts) + " mm";
	}

	/**
	 * The size of a lesion as impressions and decision support write it: in cm with
	 * one decimal, transverse first, then AP, then craniocaudal, with the axes
	 * named, e.g. "3.1 x 2.4 x 5.6 cm (transverse x AP x craniocaudal)". Only the
	 * recorded axes are written.
	 *
	 * @return the size, or null when no axis is recorded
	 */
	public static String dimensions(Measured m) {
		List<String> values = new ArrayList<>();
		List<String> axes = new ArrayList<>();
		Double[] mm = { m.getTransverseMm(), m.getApMm(), m.getCraniocaudalMm() };
		String[] names = { "transverse", "AP", "craniocaudal" };
		for (int i = 0; i < mm.length; i++) {
			if (mm[i] != null) {
				values.add(centimetres(mm[i]));
				axes.add(names[i]);
			}
		}
		return values.isEmpty() ? null : String.join(" x ", values) + " cm (" + String.join(" x ", axes) + ")";
	}

	/**
	 * A single diameter (e.g. of the largest nodule) as impressions write it: in
	 * cm with one decimal, like {@link #dimensions}, e.g. 6 mm as "0.6 cm".
	 *
	 * @return the diameter, or null when none is recorded
	 */
	public static String diameter(Double mm) {
		return mm == null ? null : centimetres(mm) + " cm";
	}

	private static String centimetres(double mm) {
		return java.math.BigDecimal.valueOf(mm).movePointLeft(1).setScale(1, java.math.RoundingMode.HALF_UP)
				.toPlainString();
	}

	/** @return "L3-L4" (one level or disc), "L2 to L4" (a range), or null when no level is recorded */
	public static String levels(Located l) {
		if (l.getFrom() == null) {
			return null;
		}
		return l.getTo() == null || l.getTo().equals(l.getFrom()) ? l.getFrom().toString()
				: l.getFrom() + " to " + l.getTo();
	}

	/**
	 * A DICOM person name (PN) as people read it: family name, comma, given and
	 * middle names, then the suffix. "MOREAU^ÉMILE" and "Moreau^Émile" both give
	 * "Moreau, Émile". A component written in capitals only is put in title case
	 * (each word and each part after a hyphen or apostrophe); one in mixed case is
	 * kept as written. Only the first (alphabetic) component group is used; the
	 * name prefix is left out.
	 *
	 * @return the name, or null when there is no name
	 */
	public static String personName(String dicom) {
		if (dicom == null) {
			return null;
		}
		String[] c = dicom.split("=", -1)[0].split("\\^", -1);
		String family = component(c, 0);
		String given = String.join(" ", java.util.stream.Stream.of(component(c, 1), component(c, 2))
				.filter(s -> !s.isEmpty()).toList());
		String suffix = component(c, 4);
		StringBuilder name = new StringBuilder(family);
		if (!given.isEmpty()) {
			name.append(name.isEmpty() ? "" : ", ").append(given);
		}
		if (!suffix.isEmpty()) {
			name.append(name.isEmpty() ? "" : ", ").append(suffix);
		}
		return name.isEmpty() ? null : name.toString();
	}

	/**
	 * A person name as people type it, back to the DICOM form (PN) the model
	 * stores and the DICOM and HL7 exports split into components: "Moreau,
	 * Émile" gives "Moreau^Émile", "O'Neill, Mary, Jr" gives
	 * "O'Neill^Mary^^^Jr", "Moreau" gives "Moreau". The words are kept as typed
	 * ({@link #personName} shows capitals-only names in title case). Text that
	 * is already in the DICOM form (it holds a ^ and no comma) is kept as it is.
	 *
	 * @return the DICOM form, or null when there is no name
	 */
	public static String dicomPersonName(String readable) {
		if (readable == null || readable.isBlank()) {
			return null;
		}
		String name = readable.strip().replaceAll("\\s+", " ");
		if (name.indexOf('^') >= 0 && name.indexOf(',') < 0) {
			return name;
		}
		String[] parts = name.replace('^', ' ').split(",", -1);
		String family = parts[0].strip();
		String given = parts.length > 1 ? parts[1].strip() : "";
		String suffix = parts.length > 2 ? String.join(" ", java.util.Arrays.stream(parts, 2, parts.length)
				.map(String::strip).filter(s -> !s.isEmpty()).toList()) : "";
		String dicom = suffix.isEmpty() ? family + "^" + given : family + "^" + given + "^^^" + suffix;
		dicom = dicom.replaceAll("\\^+$", "");
		return dicom.isEmpty() ? null : dicom;
	}

	private static String component(String[] components, int index) {
		if (index >= components.length) {
			return "";
		}
		String value = components[index].strip().replaceAll("\\s+", " ");
		if (!value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		boolean start = true;
		for (int i = 0; i < value.length();) {
			int cp = value.codePointAt(i);
			out.appendCodePoint(start ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
			start = !Character.isLetterOrDigit(cp);
			i += Character.charCount(cp);
		}
		return out.toString();
	}
}
