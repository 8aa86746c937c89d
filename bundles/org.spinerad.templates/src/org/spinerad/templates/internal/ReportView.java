package org.spinerad.templates.internal;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.spinerad.model.Addendum;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Exam;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Patient;
import org.spinerad.model.PriorSurgery;
import org.spinerad.model.NormalRange;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.Sequence;
import org.spinerad.model.Study;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.Reason;

/**
 * The data view templates see: a tree of maps, lists, strings, numbers and
 * booleans built from the report, with the vocabulary's labels. The sentences
 * are made by the template library ({@code lib/common.ftl},
 * {@code lib/phrases.ftl}). Templates cannot reach EMF objects or any Java
 * object through it. Documented in {@code docs/templates.md}.
 */
public final class ReportView {

	private ReportView() {
	}

	/** @return the data model of one report for FreeMarker */
	public static Map<String, Object> of(Report report, List<Conclusion> conclusions, String templateId,
			String templateVersion) {
		Map<String, Object> root = new LinkedHashMap<>();
		Map<String, Object> meta = new LinkedHashMap<>();
		put(meta, "id", report.getId());
		put(meta, "status", literal(report.getStatus()));
		put(meta, "author", report.getAuthor());
		put(meta, "signer", report.getSigner());
		put(meta, "signedAt", dateTime(report.getSignedAt()));
		put(meta, "preliminaryAt", dateTime(report.getPreliminaryAt()));
		put(meta, "templateId", templateId);
		put(meta, "templateVersion", templateVersion);
		put(meta, "remark", report.getRemark());
		root.put("report", meta);
		root.put("patient", patient(report.getPatient()));
		root.put("study", study(report.getStudy()));
		root.put("clinical", clinical(report.getClinical(), report.getStudy()));
		root.put("exam", exam(report.getExam()));
		List<Object> regions = new ArrayList<>();
		for (Region region : report.getRegions()) {
			regions.add(region(region));
		}
		root.put("regions", regions);
		root.put("impression", impression(report));
		root.put("recommendations", new ArrayList<>(report.getRecommendations()));
		root.put("communications", list(report.getCommunications(), ReportView::communication));
		root.put("addenda", list(report.getAddenda(), ReportView::addendum));
		root.put("decisions", decisions(conclusions, report.getOverrides()));
		return root;
	}

	// ---- context ---------------------------------------------------------------

	private static Map<String, Object> patient(Patient p) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (p == null) {
			return m;
		}
		put(m, "name", displayName(p.getName()));
		put(m, "id", p.getPatientId());
		put(m, "sex", literal(p.getSex()));
		put(m, "birthDate", date(p.getBirthDate()));
		put(m, "age", p.getAgeYears());
		put(m, "weightKg", p.getWeightKg());
		return m;
	}

	/** DICOM names DOE^JANE become "Jane Doe". */
	static String displayName(String name) {
		if (name == null || !name.contains("^")) {
			return name;
		}
		String[] parts = name.split("\\^");
		StringBuilder text = new StringBuilder();
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isBlank()) {
				text.append(capitalize(parts[i].toLowerCase(Locale.ROOT))).append(' ');
			}
		}
		return text.append(capitalize(parts[0].toLowerCase(Locale.ROOT))).toString().strip();
	}

	private static Map<String, Object> study(Study s) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (s == null) {
			return m;
		}
		put(m, "accession", s.getAccessionNumber());
		put(m, "uid", s.getStudyInstanceUid());
		put(m, "dateTime", dateTime(s.getStudyDateTime()));
		put(m, "date", date(s.getStudyDateTime()));
		put(m, "description", s.getStudyDescription());
		put(m, "referringPhysician", s.getReferringPhysician());
		put(m, "institution", s.getInstitution());
		put(m, "indication", s.getClinicalIndication());
		return m;
	}

	private static Map<String, Object> clinical(ClinicalContext c, Study study) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (c == null) {
			return m;
		}
		put(m, "pain", literal(c.getPain()));
		put(m, "knownPrimaryCancer", c.getKnownPrimaryCancer());
		put(m, "feverOrRaisedCrp", c.getFeverOrRaisedCrp());
		put(m, "neurologicalDeficit", c.getNeurologicalDeficit());
		m.put("neurologicalStatus", literal(c.getNeurologicalStatus()));
		m.put("neurologicalStatusLabel", Vocabulary.label(c.getNeurologicalStatus()));
		PriorSurgery surgery = c.getPriorSurgery();
		if (surgery != null) {
			Map<String, Object> s = new LinkedHashMap<>();
			put(s, "date", date(surgery.getDate()));
			put(s, "procedure", surgery.getProcedure());
			put(s, "levels", levelList(surgery.getLevels()));
			if (surgery.getDate() != null && study != null && study.getStudyDateTime() != null) {
				s.put("daysBefore", TimeUnit.MILLISECONDS
						.toDays(study.getStudyDateTime().getTime() - surgery.getDate().getTime()));
			}
			m.put("priorSurgery", s);
		}
		return m;
	}

	private static Map<String, Object> exam(Exam e) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (e == null) {
			return m;
		}
		if (e.isSetRegionImaged()) {
			m.put("region", Vocabulary.label(e.getRegionImaged()));
		}
		put(m, "fieldStrength", e.getFieldStrengthTesla());
		List<Object> pre = new ArrayList<>();
		List<Object> post = new ArrayList<>();
		for (Sequence s : e.getSequences()) {
			(s.isPostContrast() ? post : pre).add(s.getName() == null ? "" : s.getName());
		}
		m.put("sequencesBefore", pre);
		m.put("sequencesAfter", post);
		ContrastAdministration c = e.getContrast();
		if (c != null && (c.isSetAgent() || c.getVolumeMl() != null)) {
			Map<String, Object> cm = new LinkedHashMap<>();
			put(cm, "agent", c.isSetAgent()
					? (c.getAgent() == ContrastAgent.OTHER && c.getAgentName() != null ? c.getAgentName() : Vocabulary.label(c.getAgent()))
					: c.getAgentName());
			put(cm, "concentration", c.getConcentrationMmolPerMl());
			put(cm, "dose", c.getDoseMmolPerKg());
			put(cm, "volume", c.getVolumeMl());
			put(cm, "route", literal(c.getRoute()));
			put(cm, "injectionTime", dateTime(c.getInjectionTime()));
			Double minutes = c.getMinutesAfterInjection();
			if (minutes == null) {
				minutes = e.getSequences().stream().filter(Sequence::isPostContrast)
						.map(Sequence::getMinutesAfterInjection).filter(x -> x != null).min(Double::compare)
						.orElse(null);
			}
			put(cm, "minutesAfterInjection", minutes);
			put(cm, "adverseReaction", c.getAdverseReaction());
			m.put("contrast", cm);
		}
		put(m, "numberingMethod", Vocabulary.label(e.getNumberingMethod()));
		put(m, "transitionalAnatomy", Vocabulary.label(e.getTransitionalAnatomy()));
		put(m, "numberingNote", e.getNumberingNote());
		// what was recorded, for decisions in the library that must not depend on wording
		m.putAll(FindingView.attributes(e));
		m.put("comparisonAvailable", e.isComparisonAvailable());
		put(m, "comparisonDate", date(e.getComparisonDate()));
		put(m, "comparison", e.getComparisonDescription());
		return m;
	}

	// ---- regions and findings -----------------------------------------------------

	private static Map<String, Object> region(Region region) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", literal(region.getKind()));
		m.put("label", Vocabulary.label(region.getKind()));
		m.put("normal", region.isNormal());
		put(m, "statement", region.getStatement());
		put(m, "remark", region.getRemark());
		List<Object> ranges = new ArrayList<>();
		for (NormalRange range : region.getNormalRanges()) {
			Map<String, Object> r = new LinkedHashMap<>();
			put(r, "levels", Formats.levels(range));
			put(r, "statement", range.getStatement());
			ranges.add(r);
		}
		m.put("normalRanges", ranges);
		List<Object> findings = new ArrayList<>();
		region.getFindings().stream().sorted(Comparator.comparingInt(ReportView::position))
				.forEach(f -> findings.add(FindingView.of(f)));
		m.put("findings", findings);
		return m;
	}

	private static int position(Finding f) {
		return f.getFrom() == null ? Integer.MAX_VALUE : f.getFrom().position();
	}

	// ---- impression, communication, decisions -----------------------------------

	private static List<Object> impression(Report report) {
		List<ImpressionItem> items = new ArrayList<>(report.getImpression());
		// critical results first; otherwise the radiologist's order
		items.sort(Comparator.comparing((ImpressionItem i) -> !i.isCritical()));
		List<Object> result = new ArrayList<>();
		int number = 1;
		for (ImpressionItem item : items) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("number", number++);
			put(m, "text", item.getText());
			m.put("critical", item.isCritical());
			m.put("category", literal(item.getCategory()));
			m.put("findingIds", item.getFindings().stream().map(Finding::getId).filter(x -> x != null).toList());
			result.add(m);
		}
		return result;
	}

	private static Map<String, Object> communication(CriticalCommunication c) {
		Map<String, Object> m = new LinkedHashMap<>();
		put(m, "by", c.getCommunicatedBy());
		put(m, "recipient", c.getRecipientName());
		put(m, "role", c.getRecipientRole());
		if (c.isSetMethod()) {
			m.put("method", Vocabulary.label(c.getMethod()));
		}
		put(m, "dateTime", dateTime(c.getDateTime()));
		m.put("readBack", c.isReadBackConfirmed());
		put(m, "acrCategory", c.getAcrCategory());
		put(m, "overrideReason", c.getOverrideReason());
		m.put("routine", c.isRoutine());
		m.put("pending", c.isPending());
		return m;
	}

	private static Map<String, Object> addendum(Addendum a) {
		Map<String, Object> m = new LinkedHashMap<>();
		put(m, "author", a.getAuthor());
		put(m, "dateTime", dateTime(a.getCreatedAt()));
		put(m, "text", a.getText());
		return m;
	}

	private static List<Object> decisions(List<Conclusion> conclusions, List<DecisionOverride> overrides) {
		List<Object> result = new ArrayList<>();
		for (Conclusion c : conclusions) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("ruleId", c.ruleId());
			m.put("label", c.label());
			m.put("value", c.value());
			m.put("level", c.level().name().toLowerCase(Locale.ROOT));
			m.put("reasons", c.reasons().stream().map(Reason::text).toList());
			m.put("caveats", new ArrayList<Object>(c.caveats()));
			if (c.acrCategory() != AcrCategory.NONE) {
				m.put("acrCategory", c.acrCategory().label());
				m.put("urgency", c.acrCategory().urgency());
			}
			DecisionOverride override = CriticalResults.override(c, overrides);
			m.put("overridden", override != null);
			if (override != null) {
				put(m, "decision", override.getDecision());
				put(m, "overrideReason", override.getReason());
				put(m, "overriddenBy", override.getAuthor());
			}
			result.add(m);
		}
		return result;
	}

	// ---- helpers -------------------------------------------------------------------

	private static <T> List<Object> list(List<T> items, Function<T, Object> mapper) {
		List<Object> result = new ArrayList<>();
		items.forEach(i -> result.add(mapper.apply(i)));
		return result;
	}

	private static List<Object> levelList(List<SpineLevel> levels) {
		return new ArrayList<>(levels.stream().map(SpineLevel::toString).toList());
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String literal(Enumerator e) {
		return e == null ? null : e.getLiteral();
	}

	private static String capitalize(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String date(Date d) {
		return format(d, "yyyy-MM-dd");
	}

	private static String dateTime(Date d) {
		return format(d, "yyyy-MM-dd HH:mm");
	}

	private static String format(Date d, String pattern) {
		if (d == null) {
			return null;
		}
		SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
		f.setTimeZone(TimeZone.getTimeZone(System.getProperty("spinerad.timezone", TimeZone.getDefault().getID())));
		return f.format(d);
	}
}
