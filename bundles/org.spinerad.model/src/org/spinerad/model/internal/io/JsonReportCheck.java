package org.spinerad.model.internal.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.internal.io.JsonTree.Kind;
import org.spinerad.model.internal.io.JsonTree.Node;
import org.spinerad.model.levels.SpineLevel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Checks a JSON report against the model before EMF reads it, so that every
 * object EMF sees has a known class of our own package, every value has the
 * right type and range, and every reference points at a finding of the same
 * report. EMF's JSON reader silently drops what it cannot place, spins on a
 * scalar where it expects an object, and would demand-load a class named by
 * a URL; none of that input gets past this check.
 */
public final class JsonReportCheck {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private static final String CLASS_PREFIX = ReportPackage.eNS_URI + "#//";
	private static final String EXAMPLE_FINDING = CLASS_PREFIX + "EpiduralFinding";

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	/** A JSON report that does not fit the model: where and what, ready for the user. */
	public static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	private record Reference(Node node, String path, EReference feature) {
	}

	private final Map<String, Node> ids = new HashMap<>();
	private final Map<String, EClass> idClasses = new HashMap<>();
	private final List<Reference> references = new ArrayList<>();

	private JsonReportCheck() {
	}

	/**
	 * Checks a JSON report.
	 *
	 * @throws Failure with "line L, column C (path): what; how to fix"
	 */
	public static void check(byte[] json) throws Failure {
		Node root;
		try (JsonParser parser = FACTORY.createParser(json)) {
			if (parser.nextToken() == null) {
				throw new Failure("the file is empty; expected a JSON SpineRad report object");
			}
			root = JsonTree.read(parser);
			if (parser.nextToken() != null) {
				throw new Failure(at(parser.currentTokenLocation()) + "there is more after the end of the report object; remove it");
			}
		} catch (JsonProcessingException e) {
			String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
			int newline = what.indexOf('\n');
			what = StrictValues.clip(newline >= 0 ? what.substring(0, newline) : what);
			throw new Failure(at(e.getLocation()) + "invalid JSON (" + what + "); correct the JSON syntax there");
		} catch (IOException e) {
			throw new Failure("the JSON cannot be read (" + e.getMessage() + ")");
		}
		if (root.kind != Kind.OBJECT) {
			throw new Failure(at(root) + "the document is " + root.describe()
					+ ", not a report; expected an object with \"eClass\": \"" + CLASS_PREFIX + "Report\"");
		}
		JsonReportCheck check = new JsonReportCheck();
		check.object(root, P.getReport(), "");
		check.references();
	}

	private void object(Node node, EClass expected, String path) throws Failure {
		if (node.kind != Kind.OBJECT) {
			throw fail(node, path, "expected " + article(expected) + " object {...} but found " + node.describe(),
					"write the " + words(expected) + " as a JSON object, or remove it");
		}
		EClass type = expected;
		Node named = node.fields.get("eClass");
		if (named != null) {
			type = eClass(named, expected, join(path, "eClass"));
		} else if (expected.isAbstract()) {
			throw fail(node, path, "the " + words(expected) + " has no \"eClass\", so its kind is unknown",
					"add \"eClass\": \"" + CLASS_PREFIX + example(expected) + "\" (one of " + names(concrete(expected)) + ")");
		}
		for (Map.Entry<String, Node> field : node.fields.entrySet()) {
			String name = field.getKey();
			if (name.equals("eClass")) {
				continue;
			}
			EStructuralFeature feature = type.getEStructuralFeature(name);
			if (feature == null || feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
				throw fail(field.getValue(), join(path, name), "a " + type.getName() + " has no field \""
						+ StrictValues.clip(name) + "\"", "check the spelling or remove it (the fields are defined in report.ecore)");
			}
			value(field.getValue(), feature, join(path, name));
		}
		EAttribute idAttribute = type.getEIDAttribute();
		if (idAttribute != null && node.fields.get(idAttribute.getName()) instanceof Node id && id.kind == Kind.STRING) {
			Node first = ids.putIfAbsent(id.text, id);
			if (first != null) {
				throw fail(id, join(path, idAttribute.getName()), "the id '" + StrictValues.clip(id.text)
						+ "' is used twice (first at line " + first.line + ")", "give each finding its own id");
			}
			idClasses.put(id.text, type);
		}
	}

	private EClass eClass(Node node, EClass expected, String path) throws Failure {
		if (node.kind != Kind.STRING) {
			throw fail(node, path, "\"eClass\" must be a string naming a class but is " + node.describe(),
					"write e.g. \"eClass\": \"" + CLASS_PREFIX + example(expected) + "\"");
		}
		if (!node.text.startsWith(CLASS_PREFIX)) {
			throw fail(node, path, "the class '" + StrictValues.clip(node.text)
					+ "' is not a SpineRad class; only classes of " + ReportPackage.eNS_URI
					+ " are read and nothing is loaded from other addresses", "write e.g. \"" + CLASS_PREFIX + example(expected) + "\"");
		}
		String name = node.text.substring(CLASS_PREFIX.length());
		EClassifier classifier = P.getEClassifier(name);
		if (!(classifier instanceof EClass type) || type.isAbstract()) {
			throw fail(node, path, "unknown class '" + StrictValues.clip(name) + "'",
					"use one of " + names(concrete(expected)));
		}
		if (!expected.isSuperTypeOf(type) && path.equals("eClass")) {
			throw fail(node, path, "the document is a " + type.getName() + ", not a Report",
					"is this a SpineRad report? Its root needs \"eClass\": \"" + CLASS_PREFIX + "Report\"");
		}
		if (!expected.isSuperTypeOf(type)) {
			throw fail(node, path, "a " + type.getName() + " cannot stand where " + article(expected) + " is expected",
					"use one of " + names(concrete(expected)));
		}
		return type;
	}

	private void value(Node node, EStructuralFeature feature, String path) throws Failure {
		if (feature.isMany()) {
			if (node.kind != Kind.ARRAY) {
				throw fail(node, path, "expected a list [...] but found " + node.describe(),
						"write a list, e.g. [ ... ], or leave the field out");
			}
			for (int i = 0; i < node.items.size(); i++) {
				single(node.items.get(i), feature, path + "[" + i + "]");
			}
		} else {
			single(node, feature, path);
		}
	}

	private void single(Node node, EStructuralFeature feature, String path) throws Failure {
		if (node.kind == Kind.NULL) {
			throw fail(node, path, "the value is null", "leave the field out when it has no value");
		}
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				object(node, reference.getEReferenceType(), path);
			} else {
				reference(node, reference, path);
			}
		} else {
			attribute(node, (EAttribute) feature, path);
		}
	}

	private void reference(Node node, EReference feature, String path) throws Failure {
		String form = "{\"eClass\": \"" + EXAMPLE_FINDING + "\", \"$ref\": \"F3\"}";
		if (node.kind != Kind.OBJECT || !(node.fields.get("$ref") instanceof Node ref) || ref.kind != Kind.STRING) {
			throw fail(node, path, "expected a reference to a finding but found " + node.describe()
					+ (node.kind == Kind.OBJECT ? " without a \"$ref\" string" : ""), "write it as " + form);
		}
		for (Map.Entry<String, Node> field : node.fields.entrySet()) {
			if (field.getKey().equals("eClass")) {
				eClass(field.getValue(), feature.getEReferenceType(), join(path, "eClass"));
			} else if (!field.getKey().equals("$ref")) {
				throw fail(field.getValue(), join(path, field.getKey()), "a reference holds only \"eClass\" and \"$ref\"",
						"write it as " + form);
			}
		}
		references.add(new Reference(ref, join(path, "$ref"), feature));
	}

	private void references() throws Failure {
		for (Reference reference : references) {
			String id = reference.node.text;
			if (id.contains(":") || id.contains("/") || id.contains("#")) {
				throw fail(reference.node, reference.path, "the reference '" + StrictValues.clip(id)
						+ "' points outside this report; nothing is loaded from other files or addresses",
						"refer to a finding of this report by its id, e.g. \"$ref\": \"F3\"");
			}
			EClass target = idClasses.get(id);
			if (target == null) {
				throw fail(reference.node, reference.path, "no finding has the id '" + StrictValues.clip(id) + "'",
						"use the id of one of the report's findings" + (idClasses.isEmpty() ? ""
								: " (" + idClasses.entrySet().stream()
										.filter(e -> reference.feature.getEReferenceType().isSuperTypeOf(e.getValue()))
										.map(Map.Entry::getKey).sorted().limit(12).collect(Collectors.joining(", ")) + ")"));
			}
			if (!reference.feature.getEReferenceType().isSuperTypeOf(target)) {
				throw fail(reference.node, reference.path, "'" + StrictValues.clip(id) + "' is a " + target.getName()
						+ ", not " + article(reference.feature.getEReferenceType()), "refer to a finding");
			}
		}
	}

	private void attribute(Node node, EAttribute attribute, String path) throws Failure {
		EDataType type = attribute.getEAttributeType();
		Class<?> java = type.getInstanceClass();
		if (type instanceof EEnum eEnum) {
			List<String> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
			if (node.kind != Kind.STRING || !literals.contains(node.text)) {
				throw fail(node, path, (node.kind == Kind.STRING ? "'" + StrictValues.clip(node.text) + "'" : node.describe())
						+ " is not a value of " + attribute.getName(), "use one of " + String.join(", ", literals));
			}
		} else if (java == String.class) {
			expect(node, Kind.STRING, path, "text in quotes");
		} else if (java == boolean.class || java == Boolean.class) {
			expect(node, Kind.BOOLEAN, path, "true or false");
		} else if (java == int.class || java == Integer.class) {
			if (node.kind != Kind.INTEGER || !node.fitsInt) {
				throw fail(node, path, "expected a whole number but found " + node.describe(),
						"write a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
			}
		} else if (java == double.class || java == Double.class) {
			if (node.kind != Kind.INTEGER && node.kind != Kind.DECIMAL) {
				throw fail(node, path, "expected a number but found " + node.describe(), "write a number, e.g. 12.5");
			}
			String problem = StrictValues.numberProblem(node.number, node.text);
			if (problem != null) {
				throw fail(node, path, problem, "write a number of ordinary size, e.g. 12.5");
			}
		} else if (java == Date.class) {
			expect(node, Kind.STRING, path, "a time in quotes");
			String problem = StrictValues.dateProblem(node.text);
			if (problem != null) {
				throw fail(node, path, problem, StrictValues.DATE_HINT);
			}
		} else if (java == SpineLevel.class) {
			expect(node, Kind.STRING, path, "a level in quotes, e.g. \"L4\" or \"L4-L5\"");
			try {
				SpineLevel.valueOf(node.text);
			} catch (IllegalArgumentException e) {
				// the reason says what is wrong with this level, e.g. that no disc lies between two vertebrae
				String reason = e.getMessage() == null || e.getMessage().startsWith("'") ? ""
						: " (" + StrictValues.clip(firstSentence(e.getMessage())) + ")";
				throw fail(node, path, "'" + StrictValues.clip(node.text) + "' is not a spinal level" + reason,
						"write a vertebra such as \"L4\" or a disc such as \"L4-L5\"");
			}
		} else if (node.kind == Kind.OBJECT || node.kind == Kind.ARRAY) {
			throw fail(node, path, "expected a single value but found " + node.describe(), "write a single value");
		}
	}

	private void expect(Node node, Kind kind, String path, String what) throws Failure {
		if (node.kind != kind) {
			throw fail(node, path, "expected " + what + " but found " + node.describe(), "write " + what);
		}
	}

	// ---- messages ------------------------------------------------------------

	private static Failure fail(Node node, String path, String what, String fix) {
		return new Failure(at(node) + (path.isEmpty() ? "" : "at " + path + ": ") + what + "; " + fix);
	}

	private static String at(Node node) {
		return "line " + node.line + ", column " + node.column + ": ";
	}

	private static String at(JsonLocation where) {
		return where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
	}

	private static String firstSentence(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf(';');
		int colon = message.indexOf(':');
		end = end < 0 ? colon : colon < 0 ? end : Math.min(end, colon);
		return end < 0 ? message : message.substring(0, end);
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static List<EClass> concrete(EClass expected) {
		List<EClass> result = new ArrayList<>();
		for (EClassifier classifier : P.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract() && expected.isSuperTypeOf(type)) {
				result.add(type);
			}
		}
		return result;
	}

	private static String example(EClass expected) {
		List<EClass> concrete = concrete(expected);
		return concrete.isEmpty() ? expected.getName() : concrete.get(0).getName();
	}

	private static String names(List<EClass> classes) {
		return classes.stream().map(EClass::getName).collect(Collectors.joining(", "));
	}

	private static String article(EClass type) {
		return ("AEIOU".indexOf(type.getName().charAt(0)) >= 0 ? "an " : "a ") + type.getName();
	}

	private static String words(EClass type) {
		return type.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
	}
}
