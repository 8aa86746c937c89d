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
import org.spinerad.model.Component;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Exam;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Located;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Measured;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.Patient;
import org.spinerad.model.PriorSurgery;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.Sequence;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.Study;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.Reason;

/**
 * The data view templates see: a tree of maps, lists, strings, numbers and
 * booleans built from the report, with display phrases ready to use. Templates
 * cannot reach EMF objects or any Java object through it. Documented in
 * {@code docs/templates.md}.
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
			m.put("region", words(e.getRegionImaged()));
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
					? (c.getAgent() == ContrastAgent.OTHER && c.getAgentName() != null ? c.getAgentName() : words(c.getAgent()))
					: c.getAgentName());
			put(cm, "concentration", c.getConcentrationMmolPerMl());
			put(cm, "dose", c.getDoseMmolPerKg());
			put(cm, "volume", c.getVolumeMl());
			put(cm, "route", c.getRoute() == null ? null : c.getRoute().getLiteral().equals("intravenous") ? "intravenously" : "other route");
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
		put(m, "numberingMethod", words(e.getNumberingMethod()));
		put(m, "transitionalAnatomy", words(e.getTransitionalAnatomy()));
		put(m, "numberingNote", e.getNumberingNote());
		m.put("comparisonAvailable", e.isComparisonAvailable());
		put(m, "comparisonDate", date(e.getComparisonDate()));
		put(m, "comparison", e.getComparisonDescription());
		return m;
	}

	// ---- regions and findings -----------------------------------------------------

	private static Map<String, Object> region(Region region) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", literal(region.getKind()));
		m.put("label", Reports.label(region.getKind()));
		m.put("normal", region.isNormal());
		put(m, "statement", region.getStatement());
		put(m, "remark", region.getRemark());
		List<Object> findings = new ArrayList<>();
		region.getFindings().stream().sorted(Comparator.comparingInt(ReportView::position))
				.forEach(f -> findings.add(finding(f)));
		m.put("findings", findings);
		return m;
	}

	private static int position(Finding f) {
		return f.getFrom() == null ? Integer.MAX_VALUE : f.getFrom().position();
	}

	private static Map<String, Object> finding(Finding f) {
		Map<String, Object> m = new LinkedHashMap<>();
		put(m, "id", f.getId());
		m.put("label", f.getDescription() != null ? f.getDescription() : defaultLabel(f));
		put(m, "levels", levels(f));
		put(m, "from", f.getFrom() == null ? null : f.getFrom().toString());
		put(m, "to", f.getTo() == null ? null : f.getTo().toString());
		m.put("side", literal(f.getSide()));
		m.put("nature", literal(f.getNature()));
		m.put("critical", f.isCritical());
		put(m, "size", size(f));
		put(m, "remark", f.getRemark());
		List<Object> phrases = new ArrayList<>();
		side(f, phrases);
		signal(f, phrases);
		enhancement(f.getEnhancement(), phrases);
		specific(f, phrases);
		if (size(f) != null) {
			phrases.add("measuring " + size(f));
		}
		m.put("phrases", phrases);
		return m;
	}

	private static String defaultLabel(Finding f) {
		if (f instanceof MarrowFinding) {
			return "marrow signal abnormality";
		}
		if (f instanceof DiscFinding) {
			return "disc";
		}
		if (f instanceof EpiduralFinding) {
			return "epidural lesion";
		}
		if (f instanceof CordFinding) {
			return "intradural finding";
		}
		if (f instanceof FacetFinding) {
			return "facet joint";
		}
		return f instanceof ParaspinalFinding ? "paraspinal finding" : "finding";
	}

	/** @return "L3-L4", "L2 to L4" or null */
	static String levels(Located l) {
		if (l.getFrom() == null) {
			return null;
		}
		return l.getTo() == null || l.getTo().equals(l.getFrom()) ? l.getFrom().toString()
				: l.getFrom() + " to " + l.getTo();
	}

	/** @return "24 x 31 x 56 mm" (ap x transverse x craniocaudal), or null */
	static String size(Measured m) {
		List<String> parts = new ArrayList<>();
		for (Double d : new Double[] { m.getApMm(), m.getTransverseMm(), m.getCraniocaudalMm() }) {
			if (d != null) {
				parts.add(number(d));
			}
		}
		return parts.isEmpty() ? null : String.join(" x ", parts) + " mm";
	}

	private static void side(Finding f, List<Object> phrases) {
		switch (f.getSide()) {
		case LEFT, RIGHT -> phrases.add(literal(f.getSide()) + "-sided");
		case BILATERAL -> phrases.add("bilateral");
		case MIDLINE -> phrases.add("midline");
		default -> {
			// unspecified
		}
		}
	}

	private static void signal(Finding f, List<Object> phrases) {
		if (f.getT1() != SignalIntensity.NOT_ASSESSED) {
			String ref = switch (f.getT1Reference()) {
			case DISC -> " relative to disc";
			case MUSCLE -> " relative to muscle";
			case CORD -> " relative to cord";
			case NORMAL_MARROW -> " relative to normal marrow";
			default -> "";
			};
			phrases.add("T1 " + intensity(f.getT1()) + ref);
		}
		if (f.getT2() != SignalIntensity.NOT_ASSESSED) {
			phrases.add("T2 " + intensity(f.getT2()));
		}
		if (f.getStir() != SignalIntensity.NOT_ASSESSED) {
			phrases.add("STIR " + intensity(f.getStir()));
		}
		switch (f.getDwi()) {
		case RESTRICTED -> phrases.add("restricted diffusion");
		case NOT_RESTRICTED -> phrases.add("no restricted diffusion");
		case CLAW_SIGN -> phrases.add("DWI claw sign");
		case DIFFUSE -> phrases.add("diffuse DWI signal change");
		default -> {
			// not assessed
		}
		}
	}

	private static String intensity(SignalIntensity s) {
		return switch (s) {
		case HYPO -> "hypointense";
		case ISO -> "isointense";
		case HYPER -> "hyperintense";
		case FLUID_HYPER -> "fluid-like hyperintense";
		default -> "not assessed";
		};
	}

	/** Adds the enhancement phrase, e.g. "avid rim enhancement (thick, irregular rim; fluid center)". */
	static void enhancement(Enhancement e, List<Object> phrases) {
		if (e == null) {
			return;
		}
		if (e.getPresence() == EnhancementPresence.NONE) {
			phrases.add("no enhancement");
			return;
		}
		if (e.getPresence() == EnhancementPresence.NOT_ASSESSED) {
			return;
		}
		StringBuilder text = new StringBuilder();
		if (e.getPresence() == EnhancementPresence.EQUIVOCAL) {
			text.append("equivocal ");
		}
		if (!e.getIntensity().getLiteral().equals("unspecified")) {
			text.append(e.getIntensity().getLiteral()).append(' ');
		}
		if (!e.getPattern().getLiteral().equals("unspecified")) {
			text.append(e.getPattern().getLiteral()).append(' ');
		}
		text.append("enhancement");
		List<String> details = new ArrayList<>();
		if (!e.getRimQuality().getLiteral().equals("unspecified")) {
			details.add(e.getRimQuality().getLiteral().equals("thin_smooth") ? "thin, smooth rim" : "thick, irregular rim");
		}
		if (!e.getCenter().getLiteral().equals("unspecified")) {
			details.add(switch (e.getCenter()) {
			case FLUID -> "non-enhancing fluid center";
			case NECROTIC -> "necrotic center";
			case DISC_LIKE -> "non-enhancing disc-like core";
			default -> "center not assessable";
			});
		}
		if (!details.isEmpty()) {
			text.append(" (").append(String.join("; ", details)).append(')');
		}
		phrases.add(text.toString());
	}

	private static void specific(Finding f, List<Object> p) {
		if (f instanceof MarrowFinding m) {
			if (m.getModicType() != null) {
				p.add("Modic type " + m.getModicType());
			}
			switch (m.getEndplate()) {
			case INTACT -> p.add("endplates intact");
			case IRREGULAR_INTACT -> p.add("endplates irregular but intact");
			case BLURRED -> p.add("endplates blurred");
			case ERODED_DESTROYED -> p.add("endplate erosion");
			default -> {
				// not assessed
			}
			}
			if (m.isIntraosseousAbscess()) {
				p.add("intraosseous abscess");
			}
			flag(m.getCompleteReplacement(), "complete T1 replacement of the vertebral body", p);
			if (m.getBodyInvolvementPercent() != null) {
				p.add("about " + m.getBodyInvolvementPercent() + " % of the body involved");
			}
			if (m.getCollapsePercent() != null) {
				p.add(m.getCollapsePercent() == 0 ? "no collapse" : "height loss about " + m.getCollapsePercent() + " %");
			}
			switch (m.getPosteriorElements()) {
			case LEFT, RIGHT -> p.add(literal(m.getPosteriorElements()) + " posterior element involvement");
			case BILATERAL -> p.add("bilateral posterior element involvement");
			case NONE -> p.add("posterior elements spared");
			default -> {
				// not assessed
			}
			}
			switch (m.getBoneLesion()) {
			case LYTIC -> p.add("lytic");
			case MIXED -> p.add("mixed lytic and blastic");
			case BLASTIC -> p.add("blastic");
			case NEEDS_CT -> p.add("bone lesion quality to be assessed on CT");
			default -> {
				// not assessed
			}
			}
			switch (m.getAlignment()) {
			case DE_NOVO_DEFORMITY -> p.add("de novo deformity");
			case SUBLUXATION_TRANSLATION -> p.add("subluxation or translation");
			default -> {
				// normal or not assessed
			}
			}
			flag(m.getConvexPosteriorCortex(), "convex posterior cortex", p);
			flag(m.getRetropulsion(), "retropulsed posterosuperior fragment", p);
			flag(m.getFluidSign(), "fluid sign", p);
		} else if (f instanceof DiscFinding d) {
			if (d.getHeightLossPercent() != null && d.getHeightLossPercent() > 0) {
				p.add("height loss about " + d.getHeightLossPercent() + " %");
			}
			if (d.isVacuum()) {
				p.add("intradiscal vacuum");
			}
			if (!d.getHerniation().getLiteral().equals("none")) {
				p.add(d.getHerniation().getLiteral());
			}
		} else if (f instanceof EpiduralFinding e) {
			epidural(e, p);
		} else if (f instanceof CordFinding c) {
			if (!c.getCompartment().getLiteral().equals("cord")) {
				p.add(words(c.getCompartment()));
			}
			switch (c.getCordSignal()) {
			case T2_HYPER -> p.add("T2 hyperintense cord signal");
			case NORMAL -> p.add("normal cord signal");
			default -> {
				// not assessed
			}
			}
			if (c.getEdemaLengthMm() != null) {
				p.add("cord edema over " + number(c.getEdemaLengthMm()) + " mm");
			}
			flag(c.getCordExpanded(), "cord expanded", p);
			if (!c.getAxialPosition().getLiteral().equals("unspecified")) {
				p.add(words(c.getAxialPosition()) + " position");
			}
			if (!c.getLeptomeningealPattern().getLiteral().equals("none")) {
				p.add(words(c.getLeptomeningealPattern()) + " leptomeningeal enhancement pattern");
			}
			if (c.isRootsThickened()) {
				p.add("thickened nerve roots");
			}
			if (c.isRootsClumped()) {
				p.add("clumped nerve roots");
			}
			if (c.getArachnoiditisGroup() != null) {
				p.add("arachnoiditis, Delamarter group " + c.getArachnoiditisGroup());
			}
			if (c.isCyst()) {
				p.add("associated cyst or syrinx");
			}
		} else if (f instanceof FacetFinding fa) {
			flagOrNot(fa.getEffusion(), "joint effusion", "no joint effusion", p);
			flagOrNot(fa.getErosion(), "articular erosion", "no erosion", p);
			flagOrNot(fa.getPeriarticularEdema(), "periarticular edema", "no periarticular edema", p);
			if (!fa.getExtension().getLiteral().equals("none")) {
				p.add("extension to the " + words(fa.getExtension()).replace("and", "and the") + " space");
			}
		} else if (f instanceof ParaspinalFinding pa) {
			p.add(words(pa.getSite()));
			if (!pa.getCollection().getLiteral().equals("indeterminate") && !pa.getCollection().getLiteral().equals("none")) {
				p.add(words(pa.getCollection()));
			}
			margins(pa.getMargins().getLiteral(), p);
			flagOrNot(pa.getConnectsToDisc(), "communicating with the disc or epidural space",
					"no communication with the disc space", p);
		}
	}

	private static void epidural(EpiduralFinding e, List<Object> p) {
		if (!e.getClassification().getLiteral().equals("indeterminate")) {
			p.add(words(e.getClassification()));
		}
		for (Component c : e.getComponents()) {
			List<Object> parts = new ArrayList<>();
			enhancement(c.getEnhancement(), parts);
			StringBuilder text = new StringBuilder(words(c.getType()) + " component");
			if (levels(c) != null) {
				text.append(" at ").append(levels(c));
			}
			if (size(c) != null) {
				text.append(", ").append(size(c));
			}
			if (!parts.isEmpty()) {
				text.append(", ").append(String.join(", ", parts.stream().map(Object::toString).toList()));
			}
			p.add(text.toString());
		}
		if (!e.getAxialPosition().getLiteral().equals("unspecified")) {
			p.add(words(e.getAxialPosition()));
		}
		if (e.getMaxThicknessMm() != null) {
			p.add("maximum thickness " + number(e.getMaxThicknessMm()) + " mm");
		}
		switch (e.getCanalCompromise()) {
		case MILD, MODERATE, SEVERE -> p.add(literal(e.getCanalCompromise()) + " canal compromise");
		case NONE -> p.add("no canal compromise");
		default -> {
			// not assessed
		}
		}
		flagOrNot(e.getThecalSacDeformed(), "thecal sac deformed", "thecal sac not deformed", p);
		switch (e.getCordEffect()) {
		case NONE -> p.add("no contact with the cord");
		case CONTACT -> p.add("abutting the cord");
		case DEFORMATION -> p.add("deforming the cord");
		case COMPRESSION_CSF_PRESERVED -> p.add("compressing the cord, CSF still visible around it");
		case COMPRESSION_NO_CSF -> p.add("compressing the cord with no CSF visible around it");
		default -> {
			// not assessed or below the conus
		}
		}
		if (e.getWorstLevel() != null) {
			p.add("worst at " + e.getWorstLevel());
		}
		flag(e.getCaudaEquinaCompression(), "compressing the cauda equina", p);
		switch (e.getMassEffect()) {
		case RETRACTS_SAC -> p.add("retracting the thecal sac");
		case DISPLACES_SAC -> p.add("displacing the thecal sac");
		case NONE -> p.add("no mass effect");
		default -> {
			// not assessed
		}
		}
		flagOrNot(e.getContinuityWithDisc(), "continuous with the parent disc", "not continuous with the disc", p);
		switch (e.getRootRelation()) {
		case DISPLACED -> p.add("displacing the nerve root");
		case ENCASED -> p.add("encasing the nerve root");
		default -> {
			// not assessed or not involved
		}
		}
		margins(e.getMargins().getLiteral(), p);
		if (e.isForaminalExtension()) {
			p.add("foraminal extension");
		}
		if (e.getAssessedMinutesAfterInjection() != null) {
			p.add("enhancement assessed " + number(e.getAssessedMinutesAfterInjection()) + " min after injection");
		}
	}

	private static void margins(String literal, List<Object> p) {
		if (literal.equals("well_defined")) {
			p.add("well-defined margins");
		} else if (literal.equals("ill_defined")) {
			p.add("ill-defined margins");
		}
	}

	private static void flag(Boolean value, String phrase, List<Object> p) {
		if (Boolean.TRUE.equals(value)) {
			p.add(phrase);
		}
	}

	private static void flagOrNot(Boolean value, String yes, String no, List<Object> p) {
		if (value != null) {
			p.add(value ? yes : no);
		}
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
			m.put("method", words(c.getMethod()));
		}
		put(m, "dateTime", dateTime(c.getDateTime()));
		m.put("readBack", c.isReadBackConfirmed());
		put(m, "acrCategory", c.getAcrCategory());
		put(m, "overrideReason", c.getOverrideReason());
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
			DecisionOverride override = overrides.stream()
					.filter(o -> c.ruleId().equals(o.getRuleId())
							&& (o.getSuggestion() == null || o.getSuggestion().equals(c.value())))
					.reduce((a, b) -> b).orElse(null);
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

	/** @return an enum literal as words: "whole_spine" becomes "whole spine" */
	static String words(Enumerator e) {
		return e == null ? null : e.getLiteral().replace('_', ' ');
	}

	/** @return 8.2 as "8.2", 8.0 as "8" */
	static String number(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
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
