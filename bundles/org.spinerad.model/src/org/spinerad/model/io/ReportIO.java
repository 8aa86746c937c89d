package org.spinerad.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emfcloud.jackson.databind.EMFContext;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.internal.io.ContentCheck;
import org.spinerad.model.internal.io.FormatMigration;
import org.spinerad.model.internal.io.JsonReportCheck;
import org.spinerad.model.internal.io.RefusingURIConverter;
import org.spinerad.model.internal.io.XmiSupport;
import org.spinerad.model.levels.SpineLevel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdDateFormat;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes whole reports as XMI (the store format) or JSON (the
 * interchange format, written by emfjson-jackson). Writing is atomic. Reading
 * either gives a complete report or one {@link ReportIOException} that says what
 * is wrong; the input is never changed.
 */
public final class ReportIO {

	/** Version of the stored format, written into every report. */
	public static final int FORMAT_VERSION = FormatMigration.CURRENT;

	/** The two file formats. */
	public enum Format {
		/** XML Metadata Interchange, the store format ({@code .xmi}). */
		XMI("xmi"),
		/** JSON, the interchange format ({@code .json}). */
		JSON("json");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/** @return the file name extension without the dot */
		public String extension() {
			return extension;
		}

		/**
		 * @return the format of a file by its extension
		 * @throws ReportIOException for other extensions
		 */
		public static Format of(Path file) throws ReportIOException {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".xmi")) {
				return XMI;
			}
			if (name.endsWith(".json")) {
				return JSON;
			}
			throw new ReportIOException(file.getFileName() + ": unknown report format; use a file ending in .xmi or .json");
		}
	}

	private ReportIO() {
	}

	/** Reads a report file (format by extension). */
	public static Report read(Path file) throws ReportIOException {
		Format format = Format.of(file);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ReportIOException(file + ": no such file");
		} catch (IOException e) {
			throw new ReportIOException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
		return read(new ByteArrayInputStream(bytes), format, file.toString());
	}

	/**
	 * Reads a report.
	 *
	 * @param name what to call the input in messages, e.g. the file name
	 */
	public static Report read(InputStream in, Format format, String name) throws ReportIOException {
		ResourceSet resources = resourceSet(format);
		Resource resource = resources.createResource(URI.createURI("report." + format.extension()));
		try {
			byte[] bytes = in.readAllBytes();
			if (format == Format.JSON) {
				JsonReportCheck.check(bytes);
			}
			resource.load(new ByteArrayInputStream(bytes), loadOptions(format));
		} catch (JsonReportCheck.Failure e) {
			throw new ReportIOException(name + ": " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			throw new ReportIOException(name + ": " + describeLoadFailure(resource, e, format), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new ReportIOException(name + ": " + describeLoadFailure(resource, null, format));
		}
		if (resource.getContents().isEmpty()) {
			throw new ReportIOException(name + ": the file holds no report; expected a " + format
					+ " document whose root is a SpineRad Report");
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof Report report)) {
			throw new ReportIOException(name + ": the root element is a " + root.eClass().getName()
					+ ", not a Report; is this a SpineRad report?");
		}
		if (report.getFormatVersion() > FORMAT_VERSION) {
			throw new ReportIOException(name + ": the report has format version " + report.getFormatVersion()
					+ " but this workstation reads up to version " + FORMAT_VERSION
					+ "; open it with a newer version of the workstation");
		}
		String problem = ContentCheck.problem(report);
		if (problem != null) {
			throw new ReportIOException(name + ": " + problem);
		}
		FormatMigration.upgrade(report);
		resource.getContents().clear();
		return report;
	}

	/** @return the report serialized in a format */
	public static byte[] toBytes(Report report, Format format) throws ReportIOException {
		Report copy = EcoreUtil.copy(report);
		copy.setFormatVersion(FORMAT_VERSION);
		ResourceSet resources = resourceSet(format);
		Resource resource = resources.createResource(URI.createURI("report." + format.extension()));
		resource.getContents().add(copy);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, saveOptions(format));
		} catch (IOException | RuntimeException e) {
			throw new ReportIOException("The report cannot be written as " + format + ": " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/** Writes a report to a file atomically (format by extension). */
	public static void write(Report report, Path file) throws ReportIOException {
		byte[] bytes = toBytes(report, Format.of(file));
		try {
			AtomicFiles.write(file, bytes);
		} catch (IOException e) {
			throw new ReportIOException(file + ": cannot be written (" + e.getMessage()
					+ "); check that the folder exists and is writable", e);
		}
	}

	private static ResourceSet resourceSet(Format format) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(ReportPackage.eNS_URI, ReportPackage.eINSTANCE);
		// a report is read from the bytes given; nothing it names is ever loaded
		resources.setURIConverter(new RefusingURIConverter());
		Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("xmi", XmiSupport.factory());
		if (format == Format.JSON) {
			// Jackson only for JSON: the store's XMI files are read at start without it
			factories.put("json", new JsonResourceFactory(mapper()));
		}
		return resources;
	}

	private static ObjectMapper mapper() {
		ObjectMapper mapper = EMFModule.setupDefaultMapper();
		SimpleModule levels = new SimpleModule("spinerad-levels");
		levels.addSerializer(SpineLevel.class, ToStringSerializer.instance);
		levels.addDeserializer(SpineLevel.class, new FromStringDeserializer<SpineLevel>(SpineLevel.class) {
			private static final long serialVersionUID = 1L;

			@Override
			protected SpineLevel _deserialize(String value, DeserializationContext context) {
				return SpineLevel.valueOf(value);
			}
		});
		mapper.registerModule(levels);
		// ISO 8601 with milliseconds and zone, so times survive a round trip in any time zone
		mapper.setDateFormat(new StdDateFormat().withColonInTimeZone(true).withLenient(false).withTimeZone(TimeZone.getTimeZone("UTC")));
		mapper.enable(SerializationFeature.INDENT_OUTPUT);
		mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		return mapper;
	}

	private static Map<Object, Object> loadOptions(Format format) {
		if (format == Format.XMI) {
			return XmiSupport.loadOptions();
		}
		Map<Object, Object> options = new HashMap<>();
		options.put(EMFContext.Attributes.ROOT_ELEMENT, ReportPackage.Literals.REPORT);
		return options;
	}

	private static Map<Object, Object> saveOptions(Format format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == Format.XMI) {
			options.put(XMLResource.OPTION_ENCODING, "UTF-8");
			options.put(XMLResource.OPTION_LINE_WIDTH, 120);
			options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		}
		return options;
	}

	private static String describeLoadFailure(Resource resource, Exception e, Format format) {
		Throwable first = !resource.getErrors().isEmpty() ? (Throwable) resource.getErrors().get(0) : e;
		if (format == Format.XMI) {
			String duplicate = resource.getContents().isEmpty() ? null
					: ContentCheck.duplicateId(resource.getContents().get(0));
			if (duplicate != null) {
				return duplicate;
			}
			String described = XmiSupport.describe(first);
			if (described != null) {
				return described;
			}
		}
		if (!resource.getErrors().isEmpty()) {
			return describe(resource.getErrors().get(0), format);
		}
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return describe(diagnostic, format);
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return "not a readable " + format + " report (" + firstLine(message) + ")";
	}

	private static String describe(Resource.Diagnostic diagnostic, Format format) {
		String where = diagnostic.getLine() > 0
				? "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": " : "";
		return where + firstLine(diagnostic.getMessage()) + "; expected a " + format + " SpineRad report";
	}

	private static String firstLine(String message) {
		String line = message == null ? "" : message.strip();
		int newline = line.indexOf('\n');
		line = newline >= 0 ? line.substring(0, newline) : line;
		// never echo long content (it may hold patient data)
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}
}
