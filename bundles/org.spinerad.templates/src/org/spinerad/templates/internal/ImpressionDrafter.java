package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.Reason;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;

import freemarker.template.Configuration;

/**
 * Words the items chosen by {@link ImpressionPlanner} with the template
 * library {@value #LIBRARY} (which a department can override like
 * {@code lib/phrases.ftl}) and returns them as impression items, not yet part
 * of any report: text, category, critical flag, linked findings and the key of
 * the drafted item.
 */
final class ImpressionDrafter {

	/** The wording of the drafted impression. */
	static final String LIBRARY = "lib/impression.ftl";

	private ImpressionDrafter() {
	}

	static List<ImpressionItem> draft(SandboxedRenderer renderer, Configuration cfg, Report report,
			TemplateProvider template, List<Conclusion> conclusions) throws TemplateError {
		List<DraftItem> plan;
		try {
			plan = ImpressionPlanner.plan(report, template.impressionSelection(), conclusions);
		} catch (RuntimeException e) {
			throw new TemplateError(template.id() + " impression selection", 0, 0, null,
					"The impression selection of template " + template.id() + " failed on this report ("
							+ e.getClass().getSimpleName() + ": " + e.getMessage()
							+ "); type the impression by hand and report it to the administrator.",
					e);
		}
		String text = renderer.render(cfg, LIBRARY, template.id() + "/" + LIBRARY, model(plan));
		Map<String, String> sentences = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0 && !line.substring(tab + 1).isBlank()) {
				sentences.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
			}
		}
		List<ImpressionItem> items = new ArrayList<>();
		for (DraftItem d : plan) {
			String sentence = sentences.get(d.key);
			if (sentence == null) {
				continue; // the wording left it out
			}
			ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
			item.setDraftKey(d.key);
			item.setText(sentence);
			item.setCategory(d.category);
			item.setCritical(d.critical);
			item.getFindings().addAll(d.findings);
			items.add(item);
		}
		return items;
	}

	/** @return the data model of {@value #LIBRARY}: {@code items}, each with kind, roles, lists, conclusions and facts */
	static Map<String, Object> model(List<DraftItem> plan) {
		List<Object> items = new ArrayList<>();
		for (DraftItem d : plan) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("key", d.key);
			m.put("kind", d.kind);
			m.put("category", d.category.getLiteral());
			m.put("critical", d.critical);
			Map<String, Object> roles = new LinkedHashMap<>();
			d.roles.forEach((name, f) -> roles.put(name, FindingView.of(f)));
			m.put("f", roles);
			Map<String, Object> lists = new LinkedHashMap<>();
			d.lists.forEach((name, l) -> lists.put(name, views(l)));
			m.put("lists", lists);
			Map<String, Object> conclusions = new LinkedHashMap<>();
			d.conclusions.forEach((name, c) -> conclusions.put(name, conclusion(c)));
			m.put("c", conclusions);
			m.put("facts", new LinkedHashMap<>(d.facts));
			items.add(m);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("items", items);
		return root;
	}

	private static List<Object> views(List<Finding> findings) {
		List<Object> out = new ArrayList<>();
		findings.forEach(f -> out.add(FindingView.of(f)));
		return out;
	}

	private static Map<String, Object> conclusion(Conclusion c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("ruleId", c.ruleId());
		m.put("label", c.label());
		m.put("value", c.value());
		m.put("level", c.level().name().toLowerCase(Locale.ROOT));
		m.put("reasons", new ArrayList<Object>(c.reasons().stream().map(Reason::text).toList()));
		m.put("caveats", new ArrayList<Object>(c.caveats()));
		m.put("acrCategory", c.acrCategory().label());
		return m;
	}
}
