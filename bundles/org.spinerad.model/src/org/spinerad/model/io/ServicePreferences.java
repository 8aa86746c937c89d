package org.spinerad.model.io;

import java.io.IOException;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Settings owned by a headless service, kept as Eclipse preferences in the
 * service's own node (its bundle name, e.g. {@code org.spinerad.ris}). A value
 * is looked up when the service acts, so a change applies at once: the
 * workspace's value (instance scope, what the Preferences dialog writes), else
 * the installation's (configuration scope), else a system property given at
 * start, else the product's default ({@code plugin_customization.ini}), else the
 * built-in default.
 */
public final class ServicePreferences {

	private static final System.Logger LOG = System.getLogger(ServicePreferences.class.getName());

	private ServicePreferences() {
	}

	/**
	 * @param node           the service's node, e.g. {@code org.spinerad.ris}
	 * @param key            the key in the node, e.g. {@code host}
	 * @param systemProperty a system property read as the last resort, or null
	 * @param fallback       the built-in default
	 * @return the value in effect now
	 */
	public static String get(String node, String key, String systemProperty, String fallback) {
		String value = lookup(node, key, InstanceScope.INSTANCE, ConfigurationScope.INSTANCE);
		if (value == null && systemProperty != null) {
			value = System.getProperty(systemProperty);
		}
		if (value == null) {
			value = lookup(node, key, DefaultScope.INSTANCE);
		}
		return value != null ? value : fallback;
	}

	private static String lookup(String node, String key, IScopeContext... scopes) {
		for (IScopeContext scope : scopes) {
			try {
				String value = scope.getNode(node).get(key, null);
				if (value != null) {
					return value;
				}
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.DEBUG, "Preferences are not available; using the defaults", e);
			}
		}
		return null;
	}

	/**
	 * Stores a value in the workspace (instance scope) durably; null removes it, so the default applies again.
	 *
	 * @throws IOException when the preferences cannot be written
	 */
	public static void put(String node, String key, String value) throws IOException {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
		if (value == null) {
			preferences.remove(key);
		} else {
			preferences.put(key, value);
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IOException("The preferences of " + node + " cannot be stored: " + e.getMessage(), e);
		}
	}

	/**
	 * Calls a listener after every change of the node in the workspace.
	 *
	 * @return a handle whose {@code close()} removes the listener
	 */
	public static AutoCloseable onChange(String node, Runnable listener) {
		Objects.requireNonNull(listener);
		try {
			IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
			IPreferenceChangeListener l = event -> listener.run();
			preferences.addPreferenceChangeListener(l);
			return () -> preferences.removePreferenceChangeListener(l);
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.DEBUG, "Preferences are not available; changes are not followed", e);
			return () -> {
			};
		}
	}
}
