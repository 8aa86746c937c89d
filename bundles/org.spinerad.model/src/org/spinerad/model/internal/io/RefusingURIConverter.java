package org.spinerad.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The URI converter of the resource set a report is read into: it opens
 * nothing. A report is read from the bytes it was given; a class, namespace,
 * schema location or reference naming {@code http:}, {@code file:} or a
 * relative path is never demand-loaded, so reading a file cannot send a
 * request anywhere.
 */
public final class RefusingURIConverter extends ExtensibleURIConverterImpl {

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	private static IOException refused(URI uri) {
		return new IOException("'" + StrictValues.clip(String.valueOf(uri))
				+ "' is outside the report; nothing is loaded from other files or addresses");
	}
}
