package org.spinerad.ris.internal.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.spinerad.model.Sex;
import org.spinerad.ris.internal.orders.Order.Action;
import org.spinerad.ris.internal.orders.Order.Priority;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.Terser;

/**
 * Reads an order ({@code ORM^O01}, {@code OMI^O23}) or a demographics update
 * ({@code ADT^A08}) parsed by HAPI into {@link Order}s. The reasons of a rejection name the field and
 * never echo patient data.
 */
public final class OrderReader {

	private final Set<String> allowedProcedures;

	/**
	 * @param allowedProcedures procedure codes (OBR-4.1, upper case) a new order may
	 *                          have; empty to take any procedure
	 */
	public OrderReader(Set<String> allowedProcedures) {
		this.allowedProcedures = Set.copyOf(allowedProcedures);
	}

	/**
	 * @return the orders the message carries, in their order: one per ORDER group
	 *         of an ORM^O01 or OMI^O23, one patient update of an ADT^A08
	 * @throws OrderRejection when any of them cannot be taken (then none is)
	 */
	public List<Order> read(Message message) throws OrderRejection {
		Terser terser = new Terser(message);
		String type = value(terser, "/MSH-9-1");
		String event = value(terser, "/MSH-9-2");
		String kind = (type == null ? "" : type) + "^" + (event == null ? "" : event);
		Segment pid = segment(terser, "PID");
		switch (kind.toUpperCase(Locale.ROOT)) {
		case "ORM^O01", "OMI^O23" -> {
			List<Group> groups = orderGroups(message);
			if (groups.isEmpty()) {
				throw OrderRejection.error(ErrorCode.SEGMENT_SEQUENCE_ERROR,
						"the " + kind + " message has no ORC segment; send one ORC and OBR per order");
			}
			List<Order> orders = new ArrayList<>();
			for (int i = 0; i < groups.size(); i++) {
				try {
					orders.add(order(groups.get(i), pid, segment(terser, "PV1"), kind));
				} catch (OrderRejection e) {
					throw groups.size() == 1 ? e : e.inOrder(i + 1);
				}
			}
			return orders;
		}
		case "ADT^A08" -> {
			return List.of(demographics(pid));
		}
		default -> throw OrderRejection.reject(ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "message type " + kind
				+ " (MSH-9) is not taken here; send ORM^O01 or OMI^O23 orders and ADT^A08 updates");
		}
	}

	private static List<Group> orderGroups(Message message) {
		List<Group> groups = new ArrayList<>();
		try {
			for (Structure order : message.getAll("ORDER")) {
				if (order instanceof Group group && find(group, "ORC") != null) {
					groups.add(group);
				}
			}
		} catch (HL7Exception | RuntimeException e) {
			// a structure without ORDER groups: no orders
		}
		return groups;
	}

	/** @return the first segment with this name, not empty, in a group and its subgroups; null when none */
	private static Segment find(Group group, String name) throws HL7Exception {
		for (String child : group.getNames()) {
			for (Structure structure : group.getAll(child)) {
				if (structure instanceof Segment segment && segment.getName().equals(name) && !segment.isEmpty()) {
					return segment;
				}
				if (structure instanceof Group inner) {
					Segment found = find(inner, name);
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	private static Segment in(Group group, String name) {
		try {
			return find(group, name);
		} catch (HL7Exception | RuntimeException e) {
			return null;
		}
	}

	private Order order(Group scope, Segment pid, Segment pv1, String kind) throws OrderRejection {
		Segment orc = in(scope, "ORC");
		Segment obr = in(scope, "OBR");
		String control = field(orc, 1, 1, 1);
		Action action = switch (control == null ? "" : control.toUpperCase(Locale.ROOT)) {
		case "NW", "XO" -> Action.NEW;
		case "CA", "OC", "DC", "OD" -> Action.CANCEL;
		default -> throw OrderRejection.error(ErrorCode.TABLE_VALUE_NOT_FOUND,
				"order control ORC-1 '" + (control == null ? "" : control)
				+ "' is not taken; use NW (new), XO (changed), CA, OC, DC or OD (cancelled)");
		};
		String accession = first(field(in(scope, "IPC"), 1, 1, 1), field(obr, 18, 1, 1), field(obr, 3, 1, 1),
				field(orc, 3, 1, 1));
		if (accession == null) {
			throw OrderRejection.error(ErrorCode.REQUIRED_FIELD_MISSING,
					"the order has no accession number; give it in "
					+ ("OMI^O23".equalsIgnoreCase(kind) ? "IPC-1, " : "") + "OBR-18 or the filler order number OBR-3");
		}
		if (action == Action.CANCEL) {
			return new Order(action, null, null, null, null, accession, null, null, null, null, null);
		}
		if (pid == null || field(pid, 3, 1, 1) == null) {
			throw OrderRejection.error(ErrorCode.REQUIRED_FIELD_MISSING,
					"the order has no patient id; give the medical record number in PID-3");
		}
		if (obr == null) {
			throw OrderRejection.error(ErrorCode.REQUIRED_FIELD_MISSING,
					"the order has no OBR segment; give the requested procedure in OBR-4");
		}
		String code = field(obr, 4, 1, 1);
		String text = field(obr, 4, 1, 2);
		if (code == null && text == null) {
			throw OrderRejection.error(ErrorCode.REQUIRED_FIELD_MISSING,
					"the order has no procedure; give the code and name in OBR-4");
		}
		if (!allowedProcedures.isEmpty()
				&& (code == null || !allowedProcedures.contains(code.toUpperCase(Locale.ROOT)))) {
			throw OrderRejection.error(ErrorCode.TABLE_VALUE_NOT_FOUND, "unknown procedure '"
					+ (code == null ? "" : code) + "' in OBR-4; this workstation reports "
					+ String.join(", ", new java.util.TreeSet<>(allowedProcedures))
					+ " (setting spinerad.ris.orders.procedures)");
		}
		Priority priority = Priority.ofCode(first(field(in(scope, "TQ1"), 9, 1, 1), field(obr, 27, 1, 6),
				field(orc, 7, 1, 6), field(obr, 5, 1, 1)));
		String referring = first(person(pv1, 8), person(orc, 12), person(obr, 16));
		Order patient = demographics(pid);
		return new Order(action, patient.patientName(), patient.patientId(), patient.sex(), patient.birthDate(),
				accession, code, text != null ? text : code, reason(obr), priority, referring);
	}

	private static Order demographics(Segment pid) throws OrderRejection {
		if (pid == null) {
			throw OrderRejection.error(ErrorCode.REQUIRED_FIELD_MISSING,
					"the message has no PID segment; give the patient in PID");
		}
		String mrn = medicalRecordNumber(pid);
		if (mrn == null) {
			throw OrderRejection.error(ErrorCode.REQUIRED_FIELD_MISSING,
					"the patient has no id; give the medical record number in PID-3");
		}
		String name = dicomName(field(pid, 5, 1, 1), field(pid, 5, 1, 2), field(pid, 5, 1, 3), field(pid, 5, 1, 5),
				field(pid, 5, 1, 4));
		return new Order(Action.UPDATE_PATIENT, name, mrn, sex(field(pid, 8, 1, 1)), birthDate(field(pid, 7, 1, 1)),
				null, null, null, null, null, null);
	}

	private static String medicalRecordNumber(Segment pid) throws OrderRejection {
		int reps = repetitions(pid, 3);
		for (int rep = 1; rep <= reps; rep++) {
			if ("MR".equalsIgnoreCase(field(pid, 3, rep, 5)) && field(pid, 3, rep, 1) != null) {
				return field(pid, 3, rep, 1);
			}
		}
		return field(pid, 3, 1, 1);
	}

	private static String reason(Segment obr) throws OrderRejection {
		StringJoiner reasons = new StringJoiner("; ");
		int reps = repetitions(obr, 31);
		for (int rep = 1; rep <= reps; rep++) {
			String text = first(field(obr, 31, rep, 2), field(obr, 31, rep, 1));
			if (text != null) {
				reasons.add(text);
			}
		}
		return reasons.length() == 0 ? null : reasons.toString();
	}

	/** @return an XCN as one line: prefix, given, middle, family, suffix; the id when there is no name */
	private static String person(Segment segment, int field) throws OrderRejection {
		if (segment == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (int component : new int[] { 6, 3, 4, 2, 5 }) {
			String part = field(segment, field, 1, component);
			if (part != null) {
				parts.add(part);
			}
		}
		return parts.isEmpty() ? field(segment, field, 1, 1) : String.join(" ", parts);
	}

	static String dicomName(String... components) {
		int last = components.length;
		while (last > 0 && components[last - 1] == null) {
			last--;
		}
		if (last == 0) {
			return null;
		}
		StringJoiner name = new StringJoiner("^");
		for (int i = 0; i < last; i++) {
			name.add(components[i] == null ? "" : components[i].replace("^", " "));
		}
		return name.toString();
	}

	private static Sex sex(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
		case "F" -> Sex.FEMALE;
		case "M" -> Sex.MALE;
		case "O", "A", "N" -> Sex.OTHER;
		default -> Sex.UNKNOWN;
		};
	}

	private static LocalDate birthDate(String value) throws OrderRejection {
		if (value == null) {
			return null;
		}
		try {
			if (value.length() >= 8 && value.substring(0, 8).chars().allMatch(Character::isDigit)) {
				return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
						Integer.parseInt(value.substring(6, 8)));
			}
		} catch (java.time.DateTimeException e) {
			// reported below
		}
		throw OrderRejection.error(ErrorCode.DATA_TYPE_ERROR,
				"the birth date in PID-7 is not a date of the form YYYYMMDD; correct it in the RIS");
	}

	private static Segment segment(Terser terser, String name) {
		try {
			Segment segment = terser.getSegment("/." + name);
			return segment == null || segment.isEmpty() ? null : segment;
		} catch (HL7Exception | RuntimeException e) {
			return null; // not in this message's structure, or not sent
		}
	}

	private static int repetitions(Segment segment, int field) throws OrderRejection {
		try {
			return segment == null ? 0 : segment.getField(field).length;
		} catch (HL7Exception e) {
			throw OrderRejection.error(ErrorCode.DATA_TYPE_ERROR,
					"field " + segment.getName() + "-" + field + " cannot be read: " + e.getMessage());
		}
	}

	/** @return the stripped value of one component of a field, without control characters; null when empty */
	static String field(Segment segment, int field, int rep, int component) throws OrderRejection {
		if (segment == null) {
			return null;
		}
		try {
			if (rep > segment.getField(field).length) {
				return null;
			}
			return clean(Terser.get(segment, field, rep - 1, component, 1));
		} catch (HL7Exception e) {
			throw OrderRejection.error(ErrorCode.DATA_TYPE_ERROR,
					"field " + segment.getName() + "-" + field + " cannot be read: " + e.getMessage());
		} catch (RuntimeException e) {
			return null; // a field the segment does not define
		}
	}

	private static String value(Terser terser, String path) {
		try {
			return clean(terser.get(path));
		} catch (HL7Exception | RuntimeException e) {
			return null;
		}
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String text = value.codePoints().filter(c -> c == '\t' || !Character.isISOControl(c))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
		return text.isEmpty() || "\"\"".equals(text) ? null : text;
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}
}
