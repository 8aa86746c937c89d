package org.spinerad.model.internal.io;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.spinerad.model.ReportPackage;
import org.xml.sax.SAXParseException;

/**
 * Reading XMI safely: no DOCTYPE (so no entity expansion and no external
 * DTD), no package loaded from a namespace or schema location, strict dates
 * and finite numbers, and messages that say where and how to fix.
 */
public final class XmiSupport {

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private XmiSupport() {
	}

	/** @return a factory of XMI resources whose values are parsed strictly */
	public static Resource.Factory factory() {
		return new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				return new XMIResourceImpl(uri) {
					@Override
					protected XMLHelper createXMLHelper() {
						return new StrictHelper(this);
					}
				};
			}
		};
	}

	/** @return the load options that keep a report from reaching outside itself */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		Map<String, Boolean> features = new HashMap<>();
		features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	/** @return a load problem in words: where, what and how to fix; null when not recognised */
	public static String describe(Throwable problem) {
		for (Throwable cause = problem; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SAXParseException) {
				return describeOne(cause);
			}
		}
		for (Throwable cause = problem; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String described = describeOne(cause);
			if (described != null) {
				return described;
			}
		}
		return null;
	}

	private static String describeOne(Throwable cause) {
		if (cause instanceof SAXParseException sax) {
			String where = "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": ";
			String message = sax.getMessage() == null ? "" : sax.getMessage();
			if (message.contains("DOCTYPE") || message.contains(DISALLOW_DOCTYPE)) {
				return where + "the file declares a DOCTYPE (entities or an external DTD), which a report never has;"
						+ " remove the <!DOCTYPE ...> declaration or export the report again";
			}
			return where + "the XML is malformed (" + StrictValues.clip(message)
					+ "); correct the XML there or export the report again";
		}
		if (!(cause instanceof Resource.Diagnostic diagnostic)) {
			return null;
		}
		String where = diagnostic.getLine() > 0
				? "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": " : "";
		if (cause instanceof PackageNotFoundException notFound && notFound.uri() == null) {
			return where + "the element has no namespace; declare xmlns:report=\"" + ReportPackage.eNS_URI
					+ "\" and use it";
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return where + "the namespace '" + StrictValues.clip(notFound.uri())
					+ "' is not a SpineRad model; only " + ReportPackage.eNS_URI
					+ " is read and nothing is loaded from other addresses; declare xmlns:report=\""
					+ ReportPackage.eNS_URI + "\" and use it";
		}
		if (cause instanceof ClassNotFoundException notFound) {
			return where + "unknown class '" + StrictValues.clip(notFound.getName()) + "'; use one of "
					+ concreteClasses();
		}
		if (cause instanceof FeatureNotFoundException notFound) {
			String owner = notFound.getObject() == null ? "the element" : "a " + notFound.getObject().eClass().getName();
			return where + owner + " has no field '" + StrictValues.clip(notFound.getName())
					+ "'; check the spelling or remove it (the fields are defined in report.ecore)";
		}
		if (cause instanceof IllegalValueException illegal) {
			String feature = illegal.getFeature() == null ? "a field" : "'" + illegal.getFeature().getName() + "'";
			String reason = illegal.getCause() != null && illegal.getCause().getMessage() != null
					? " (" + StrictValues.clip(illegal.getCause().getMessage()) + ")" : "";
			return where + "the value of " + feature + " is not valid" + reason
					+ "; correct it (times as ISO 8601, numbers of ordinary size, levels like L4 or L4-L5)";
		}
		if (cause instanceof UnresolvedReferenceException unresolved) {
			return where + "no finding has the id '" + StrictValues.clip(unresolved.getReference())
					+ "'; refer to one of the report's findings by its id";
		}
		return where + StrictValues.clip(diagnostic.getMessage() == null ? "" : diagnostic.getMessage())
				+ "; expected an XMI SpineRad report";
	}

	private static String concreteClasses() {
		return ReportPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof EClass type && !type.isAbstract() && type.getName().endsWith("Finding"))
				.map(EClassifier::getName).collect(Collectors.joining(", ")) + " (as xsi:type=\"report:...\")";
	}

	/** Parses dates strictly and refuses numbers that overflow to infinity. */
	private static final class StrictHelper extends XMIHelperImpl {

		StrictHelper(XMLResource resource) {
			super(resource);
		}

		@Override
		protected Object createFromString(EFactory factory, EDataType type, String value) {
			Class<?> java = type.getInstanceClass();
			if (java == Date.class && value != null) {
				String problem = StrictValues.dateProblem(value);
				if (problem != null) {
					throw new IllegalArgumentException(problem + "; " + StrictValues.DATE_HINT);
				}
			}
			Object result = super.createFromString(factory, type, value);
			if (result instanceof Double number) {
				String problem = StrictValues.numberProblem(number, value);
				if (problem != null) {
					throw new IllegalArgumentException(problem);
				}
			}
			return result;
		}
	}
}
