package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.dictation.Edit;
import org.spinerad.dictation.internal.Interpreter.Plan;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.Enhancement;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;

/**
 * Turns the meaning of an utterance into one compound command: create the
 * finding at the level (or take the one there, or the one named last), set
 * its fields, keep what could not be placed in its remark.
 */
final class PlanCommand {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	/**
	 * @param command  the command, null when there is nothing to do
	 * @param edits    what it sets, for the user
	 * @param finding  the finding it creates or changes, or null
	 * @param unplaced further reasons it could not place something
	 */
	record Built(Command command, List<Edit> edits, Finding finding, List<String> unplaced) {
	}

	private PlanCommand() {
	}

	static Built build(Plan plan, Report report, EditingDomain domain, PhraseLanguage language, Finding last) {
		if (!plan.header().isEmpty()) {
			return header(plan, report, domain);
		}
		List<Edit> edits = new ArrayList<>();
		List<String> unplaced = new ArrayList<>();
		if (plan.region() == null) {
			return new Built(null, edits, null, unplaced);
		}
		Region region = Reports.region(report, plan.region()).orElse(null);
		if (region == null) {
			unplaced.add("the report has no " + plan.region().getLiteral() + " region");
			return new Built(null, edits, null, unplaced);
		}
		List<Command> command = new ArrayList<>();
		if (plan.normal()) {
			if (!region.getFindings().isEmpty()) {
				unplaced.add(plan.region().getLiteral() + " has findings: delete them before stating it normal");
				return new Built(null, edits, null, unplaced);
			}
			command.add(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.TRUE));
			command.add(SetCommand.create(domain, region, P.getRegion_Statement(), language.normalStatement(plan.region())));
			edits.add(new Edit(plan.region(), "", "normal", "true"));
			return new Built(new CompoundCommand("Dictation", command), edits, null, unplaced);
		}
		String levelText = plan.from() == null ? "" : plan.to() == null ? plan.from().toString() : plan.from() + " to " + plan.to();
		Finding target = find(region, plan.from(), plan.to(), last);
		boolean created = target == null;
		if (created) {
			EClass type = Reports.findingClass(plan.region());
			target = (Finding) ReportFactory.eINSTANCE.create(type);
			target.setId(nextId(report));
			target.setEnhancement(ReportFactory.eINSTANCE.createEnhancement());
			target.setFrom(plan.from());
			target.setTo(plan.to());
		} else if (levelText.isEmpty()) {
			levelText = target.getFrom() == null ? "" : target.getTo() == null ? target.getFrom().toString()
					: target.getFrom() + " to " + target.getTo();
		}
		EClass type = target.eClass();
		// parts of the finding (early or delayed enhancement) created by this utterance, set before they are added
		Map<EReference, EObject> pending = new java.util.HashMap<>();
		for (Map.Entry<String, String> v : withOwnLevel(plan, target, language).entrySet()) {
			EStructuralFeature feature = org.spinerad.templates.StandardForms.feature(type, v.getKey());
			Object value = convert(feature, v.getValue());
			EObject owner = target;
			int dot = v.getKey().indexOf('.');
			boolean fresh = false;
			if (dot > 0 && type.getEStructuralFeature(v.getKey().substring(0, dot)) instanceof EReference part) {
				if (target.eGet(part) instanceof EObject present) {
					owner = present;
				} else {
					Finding finding = target;
					owner = pending.computeIfAbsent(part, r -> {
						EObject created2 = ReportFactory.eINSTANCE.create(r.getEReferenceType());
						command.add(SetCommand.create(domain, finding, r, created2));
						return created2;
					});
					fresh = true;
				}
			}
			if (created || fresh) {
				owner.eSet(feature, value);
			} else {
				command.add(SetCommand.create(domain, owner, feature, value));
			}
			edits.add(new Edit(plan.region(), levelText, v.getKey(), v.getValue()));
		}
		if (!plan.leftover().isEmpty()) {
			String remark = String.join("; ", plan.leftover());
			String old = target.getRemark();
			String joined = old == null || old.isBlank() ? remark : old + "; " + remark;
			if (created) {
				target.setRemark(joined);
			} else {
				command.add(SetCommand.create(domain, target, P.getFinding_Remark(), joined));
			}
			edits.add(new Edit(plan.region(), levelText, "remark", remark));
		}
		if (created) {
			command.add(0, AddCommand.create(domain, region, P.getRegion_Findings(), target));
			if (region.isNormal()) {
				command.add(SetCommand.create(domain, region, P.getRegion_Normal(), Boolean.FALSE));
			}
			if (region.getStatement() != null) {
				command.add(SetCommand.create(domain, region, P.getRegion_Statement(), null));
			}
			if (edits.isEmpty()) {
				edits.add(new Edit(plan.region(), levelText, "finding", "added"));
			}
		}
		return new Built(command.isEmpty() ? null : new CompoundCommand("Dictation", command), edits, target, unplaced);
	}

	/**
	 * The values said, and the finding's level in each level field the
	 * template lets a finding at one level take when a field said calls for
	 * it (its worst level, once its effect on the cord or sac is said) and
	 * that neither the phrase nor the finding gives.
	 */
	private static Map<String, String> withOwnLevel(Plan plan, Finding target, PhraseLanguage language) {
		List<String> fields = language.ownLevels(plan.values());
		if (fields.isEmpty() || target.getFrom() == null || target.getTo() != null) {
			return plan.values();
		}
		Map<String, String> values = new java.util.LinkedHashMap<>(plan.values());
		for (String field : fields) {
			EStructuralFeature feature = org.spinerad.templates.StandardForms.feature(target.eClass(), field);
			if (feature != null && !values.containsKey(field) && language.fieldsOf(plan.region()).contains(field)
					&& !target.eIsSet(feature)) {
				values.put(field, target.getFrom().toString());
			}
		}
		return values;
	}

	/** The fields of the clinical header set, its clinical part created when the report has none. */
	private static Built header(Plan plan, Report report, EditingDomain domain) {
		List<Command> command = new ArrayList<>();
		List<Edit> edits = new ArrayList<>();
		ClinicalContext clinical = report.getClinical();
		boolean created = clinical == null;
		if (created) {
			clinical = ReportFactory.eINSTANCE.createClinicalContext();
		}
		for (Map.Entry<String, String> v : plan.header().entrySet()) {
			EStructuralFeature feature = P.getClinicalContext()
					.getEStructuralFeature(v.getKey().substring(PhraseLanguage.HEADER.length()));
			Object value = convert(feature, v.getValue());
			if (created) {
				clinical.eSet(feature, value);
			} else {
				command.add(SetCommand.create(domain, clinical, feature, value));
			}
			edits.add(new Edit(null, "", v.getKey(), v.getValue()));
		}
		if (created) {
			command.add(SetCommand.create(domain, report, P.getReport_Clinical(), clinical));
		}
		return new Built(new CompoundCommand("Dictation", command), edits, null, List.of());
	}

	private static Finding find(Region region, SpineLevel from, SpineLevel to, Finding last) {
		if (from == null) {
			return last != null && region.getFindings().contains(last) ? last : null;
		}
		for (Finding f : region.getFindings()) {
			if (from.equals(f.getFrom()) && Objects.equals(to, f.getTo())) {
				return f;
			}
		}
		return null;
	}

	static Object convert(EStructuralFeature feature, String text) {
		if (feature.getEType() instanceof EEnum e) {
			return e.getEEnumLiteralByLiteral(text).getInstance();
		}
		Class<?> c = feature.getEType().getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return Boolean.valueOf(text);
		}
		if (c == int.class || c == Integer.class) {
			return (int) Math.round(Double.parseDouble(text));
		}
		if (c == double.class || c == Double.class) {
			return Double.valueOf(text);
		}
		if (c == SpineLevel.class) {
			return SpineLevel.valueOf(text);
		}
		return text;
	}

	private static String nextId(Report report) {
		int max = 0;
		for (Finding f : Reports.findings(report)) {
			String id = f.getId();
			if (id != null && id.matches("F\\d+")) {
				max = Math.max(max, Integer.parseInt(id.substring(1)));
			}
		}
		return "F" + (max + 1);
	}
}
