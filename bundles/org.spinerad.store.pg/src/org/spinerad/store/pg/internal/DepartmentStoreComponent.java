package org.spinerad.store.pg.internal;

import java.lang.System.Logger.Level;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.store.ReportStore;

/**
 * Puts the department store in place of the folder store when the store's
 * setting {@code url} (preference node {@value #NODE}, or the system property
 * {@value #PROPERTY}) holds a PostgreSQL JDBC URL. It is read at start: a
 * change applies when the workstation starts again. Without the setting the
 * folder store stays the store.
 */
@Component(immediate = true)
public final class DepartmentStoreComponent {

	/** The preference node of the report store. */
	public static final String NODE = "org.spinerad.store";
	/** The key of the database URL in {@link #NODE}. */
	public static final String KEY = "url";
	/** The system property read when the preference is not set. */
	public static final String PROPERTY = "spinerad.store.url";

	private static final System.Logger LOG = System.getLogger(DepartmentStoreComponent.class.getName());

	private PgReportStore store;
	private ServiceRegistration<ReportStore> registration;

	/** @return the store URL in effect, or "" for the folder store */
	public static String configuredUrl() {
		return ServicePreferences.get(NODE, KEY, PROPERTY, "").strip();
	}

	@Activate
	void activate(BundleContext context) {
		String url = configuredUrl();
		if (url.isEmpty()) {
			return;
		}
		if (!url.startsWith("jdbc:postgresql:")) {
			LOG.log(Level.ERROR, "The store setting 'url' in " + NODE + " is not a PostgreSQL JDBC URL"
					+ " (jdbc:postgresql://HOST:PORT/DB); the folder store is used");
			return;
		}
		store = new PgReportStore(url);
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, 100);
		properties.put("store.kind", "postgresql");
		registration = context.registerService(ReportStore.class, store, properties);
		LOG.log(Level.DEBUG, "Reports are kept in the department database " + new Database(url).describe());
	}

	@Deactivate
	void deactivate() {
		if (registration != null) {
			registration.unregister();
			registration = null;
		}
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
