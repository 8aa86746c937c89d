package org.spinerad.fhir.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.hl7.fhir.r4.formats.IParser.OutputStyle;
import org.hl7.fhir.r4.formats.JsonParser;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 JSON with the parser of HAPI's R4 model bundle. (HAPI's
 * {@code FhirContext} route needs {@code hapi-fhir-structures-r4}, which does
 * not resolve in OSGi without HAPI's whole server; the model's own parser
 * reads and writes the same JSON; its errors are runtime exceptions.)
 */
public final class Fhir {

	private Fhir() {
	}

	/** @return the resource as pretty-printed JSON */
	public static String json(Resource resource) {
		try {
			JsonParser parser = new JsonParser();
			parser.setOutputStyle(OutputStyle.PRETTY);
			return parser.composeString(resource);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @return the resource parsed from JSON
	 * @throws IllegalArgumentException when it is not FHIR R4 JSON of that type
	 */
	public static <T extends Resource> T parse(Class<T> type, String json) {
		Resource r;
		try {
			r = new JsonParser().parse(json);
		} catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("not FHIR R4 JSON: " + e.getMessage(), e);
		}
		if (!type.isInstance(r)) {
			throw new IllegalArgumentException("a " + r.fhirType() + ", not a " + type.getSimpleName());
		}
		return type.cast(r);
	}
}
