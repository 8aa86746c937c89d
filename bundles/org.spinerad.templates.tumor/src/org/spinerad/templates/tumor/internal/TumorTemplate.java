package org.spinerad.templates.tumor.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.spinerad.model.RegionKind;
import org.spinerad.templates.BundledTemplateProvider;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.FormDefinition.Condition;
import org.spinerad.templates.ImpressionSelection;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateProvider;

/** The Spinal tumor report template: form, pick lists, decision support and FreeMarker templates. */
@Component(service = TemplateProvider.class, property = "template.id=org.spinerad.templates.tumor")
public final class TumorTemplate extends BundledTemplateProvider {

	private final DecisionSupport decisionSupport = new TumorDecisionSupport();
	private final ImpressionSelection impression = new TumorImpression();
	private final FormDefinition form = StandardForms.of(NORMAL, REQUIRED, Map.of(), HELP, CONDITIONS);

	@Override
	public String id() {
		return "org.spinerad.templates.tumor";
	}

	@Override
	public String version() {
		return "1.0.0";
	}

	@Override
	public String label() {
		return "Spinal tumor";
	}

	@Override
	public String scenario() {
		return "tumor";
	}

	@Override
	public FormDefinition form() {
		return form;
	}

	@Override
	public DecisionSupport decisionSupport() {
		return decisionSupport;
	}

	@Override
	public ImpressionSelection impressionSelection() {
		return impression;
	}

	private static final Map<RegionKind, String> NORMAL = Map.of(
			RegionKind.BONE_MARROW, "No focal or diffuse marrow replacement; marrow brighter than disc on T1; no pathologic fracture.",
			RegionKind.DISC, "Intervertebral discs unremarkable.",
			RegionKind.EPIDURAL, "No epidural tumor extension; no thecal sac deformity.",
			RegionKind.CORD_ROOTS_MENINGES, "Normal cord signal and caliber; no intradural mass; no leptomeningeal enhancement.",
			RegionKind.FACETS, "Facet joints and posterior elements without tumor involvement.",
			RegionKind.PARASPINAL, "No paraspinal tumor extension.");

	private static final Map<RegionKind, List<String>> REQUIRED = Map.of(
			RegionKind.BONE_MARROW, List.of("from", "nature", "t1", "collapsePercent", "posteriorElements", "boneLesion", "alignment"),
			RegionKind.EPIDURAL, List.of("from", "thecalSacDeformed", "cordEffect"));

	private static final Map<String, String> HELP = Map.of(
			"t1", "Marrow darker than or equal to disc or muscle on T1 means replacement of fatty marrow.",
			"boneLesion", "SINS bone lesion: lytic 2, mixed 1, blastic 0; best judged on CT. Choose needs_ct to show the range.",
			"collapsePercent", "SINS collapse: >50 % 3, <50 % 2, none but >50 % of the body involved 1, else 0.",
			"posteriorElements", "SINS posterolateral involvement (facet, pedicle or costovertebral joint): bilateral 3, unilateral 1, none 0.",
			"alignment", "SINS alignment: subluxation/translation 4, de novo deformity 2, normal 0.",
			"cordEffect", "Bilsky/ESCC on axial T2 at the worst level: contact = 1c, compression with CSF = 2, without CSF = 3.",
			"thecalSacDeformed", "Bilsky 1a: epidural tumor, sac not deformed; 1b: sac deformed, cord not touched.",
			"tumorReplacement", "A facet replaced by tumor is posterior element involvement on its side for SINS (with the lesion at the same level).",
			"posteriorCorticalBreach", "Tumor breaking through the posterior cortex of the body reaches the epidural space: look for epidural extension.");

	/** A marrow lesion of a tumour report shows the SINS inputs while it is undetermined, neoplastic or a fracture. */
	private static final Map<String, Condition> CONDITIONS = Map.of(
			"collapsePercent", sins(),
			"bodyInvolvementPercent", sins(),
			"posteriorElements", sins(),
			"boneLesion", sins(),
			"alignment", sins(),
			"posteriorCorticalBreach", sins());

	private static Condition sins() {
		return Condition.when("nature", "undetermined", "neoplastic", "osteoporotic");
	}
}
