package org.spinerad.templates.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * A configuration that prepares every template it loads, not only the one a
 * render starts with: includes, imports, libraries and department files get
 * the thread-interruption checks that let a render be stopped, and are held
 * to {@link TemplatePolicy}.
 */
final class SandboxConfiguration extends Configuration {

	private final Set<Template> prepared = Collections.synchronizedSet(
			Collections.newSetFromMap(new WeakHashMap<>()));

	SandboxConfiguration() {
		super(Configuration.VERSION_2_3_34);
	}

	@Override
	public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
			boolean parseAsFTL, boolean ignoreMissing) throws IOException {
		Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
				ignoreMissing);
		if (template != null) {
			prepare(template);
		}
		return template;
	}

	/** Checks the template against the policy and adds interruption checks, once per template. */
	void prepare(Template template) throws IOException {
		synchronized (template) {
			if (prepared.contains(template)) {
				return;
			}
			TemplatePolicy.check(template);
			_CoreAPI.addThreadInterruptedChecks(template);
			prepared.add(template);
		}
	}
}
