package org.spinerad.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the numeric values of a {@link DataSet}: binary integers
 * and floats in Little Endian, Integer and Decimal Strings (PS3.5 6.2).
 */
final class NumberValues {

	private NumberValues() {
	}

	/** @return all values of an element as ints (US, SS, UL, SL, IS) */
	static int[] ints(DataSet data, int tag, Element e) {
		ByteBuffer b = ByteBuffer.wrap(e.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		switch (e.vr()) {
		case US: {
			int[] v = new int[b.remaining() / 2];
			for (int i = 0; i < v.length; i++) {
				v[i] = b.getShort() & 0xFFFF;
			}
			return v;
		}
		case SS: {
			int[] v = new int[b.remaining() / 2];
			for (int i = 0; i < v.length; i++) {
				v[i] = b.getShort();
			}
			return v;
		}
		case UL:
		case SL: {
			int[] v = new int[b.remaining() / 4];
			for (int i = 0; i < v.length; i++) {
				v[i] = b.getInt();
			}
			return v;
		}
		case IS: {
			String[] s = data.getStrings(tag);
			List<Integer> v = new ArrayList<>();
			for (String value : s) {
				if (!value.isEmpty()) {
					try {
						v.add(Integer.parseInt(value.startsWith("+") ? value.substring(1) : value));
					} catch (NumberFormatException ex) {
						throw new DicomValueException(Tag.describe(tag) + ": '" + value
								+ "' is not an Integer String" + DataSet.at(e), ex);
					}
				}
			}
			return v.stream().mapToInt(Integer::intValue).toArray();
		}
		default:
			throw new DicomValueException(Tag.describe(tag) + " is " + e.vr() + ", not an integer" + DataSet.at(e));
		}
	}

	/** @return all values of an element as doubles (DS, FL, FD, or any integer VR) */
	static double[] doubles(DataSet data, int tag, Element e) {
		ByteBuffer b = ByteBuffer.wrap(e.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		switch (e.vr()) {
		case FL: {
			double[] v = new double[b.remaining() / 4];
			for (int i = 0; i < v.length; i++) {
				v[i] = b.getFloat();
			}
			return v;
		}
		case FD: {
			double[] v = new double[b.remaining() / 8];
			for (int i = 0; i < v.length; i++) {
				v[i] = b.getDouble();
			}
			return v;
		}
		case DS: {
			List<Double> v = new ArrayList<>();
			for (String value : data.getStrings(tag)) {
				if (!value.isEmpty()) {
					try {
						double d = Double.parseDouble(value);
						if (!Double.isFinite(d) || value.indexOf('N') >= 0 || value.indexOf('I') >= 0
								|| value.endsWith("d") || value.endsWith("f") || value.endsWith("D")
								|| value.endsWith("F")) {
							throw new NumberFormatException(value);
						}
						v.add(d);
					} catch (NumberFormatException ex) {
						throw new DicomValueException(
								Tag.describe(tag) + ": '" + value + "' is not a Decimal String" + DataSet.at(e), ex);
					}
				}
			}
			return v.stream().mapToDouble(Double::doubleValue).toArray();
		}
		default:
			return toDoubles(data.getInts(tag));
		}
	}

	private static double[] toDoubles(int[] values) {
		double[] d = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			d[i] = values[i];
		}
		return d;
	}

	/**
	 * @return the integers encoded in a binary VR (US, SS, UL, SL)
	 * @throws IllegalArgumentException for any other VR
	 */
	static byte[] binary(int tag, VR vr, int... values) {
		switch (vr) {
		case US, SS -> {
			ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
			for (int v : values) {
				b.putShort((short) v);
			}
			return b.array();
		}
		case UL, SL -> {
			ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
			for (int v : values) {
				b.putInt(v);
			}
			return b.array();
		}
		default -> throw new IllegalArgumentException(Tag.describe(tag) + ": " + vr + " is not an integer VR");
		}
	}

	/** @return the integers as Integer String values */
	static String[] integerStrings(int... values) {
		String[] s = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			s[i] = Integer.toString(values[i]);
		}
		return s;
	}

	/** @return the numbers as Decimal String values */
	static String[] decimalStrings(double... values) {
		String[] s = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			s[i] = decimalString(values[i]);
		}
		return s;
	}

	/** @return a Decimal String of at most 16 characters (PS3.5 6.2) */
	static String decimalString(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite number: " + value);
		}
		String s = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		if (s.length() > 16) {
			s = String.format(Locale.ROOT, "%.8G", value).replaceAll("\\.?0+(E|$)", "$1");
		}
		return s;
	}
}
