package org.spinerad.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/** The example cases of the domain guide as JSON reports (data/cases/*.json). */
public final class Cases {

	/** Ids of all cases, in the order of the guide. */
	public static final List<String> IDS = List.of("INF-01", "INF-02", "INF-03", "TUM-01", "TUM-02", "TUM-03",
			"TUM-04", "POST-01", "POST-02", "POST-03");

	private Cases() {
	}

	/** @return the report of a case, freshly read */
	public static Report load(String id) throws IOException, ReportIOException {
		Bundle bundle = FrameworkUtil.getBundle(Cases.class);
		// the fixtures live in this test fragment: findEntries searches host and fragments
		Enumeration<URL> found = bundle.findEntries("data/cases", id + ".json", false);
		URL url = found != null && found.hasMoreElements() ? found.nextElement() : null;
		if (url == null) {
			throw new IOException("no fixture data/cases/" + id + ".json");
		}
		try (InputStream in = url.openStream()) {
			return ReportIO.read(in, ReportIO.Format.JSON, id + ".json");
		}
	}
}
