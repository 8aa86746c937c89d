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

	/** @return "L3-L4" (one level or disc), "L2 to L4" (a range), or null when no level is recorded */
	public static String levels(Located l) {
		if (l.getFrom() == null) {
			return null;
		}
		return l.getTo() == null || l.getTo().equals(l.getFrom()) ? l.getFrom().toString()
				: l.getFrom() + " to " + l.getTo();
	}
}
