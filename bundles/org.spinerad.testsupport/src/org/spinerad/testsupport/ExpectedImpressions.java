package org.spinerad.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code expected_impression} items of the ten example cases of the domain
 * guide (example-cases.yaml), each reduced to what a drafted item must state:
 * its level(s), the key finding term and the grade or score. A drafted
 * impression matches an item when one of its statements contains every one of
 * those words (case-insensitive); the items must be matched in order.
 */
public final class ExpectedImpressions {

	/** One expected item: its number in the case, the guide's sentence, and the words a statement must hold. */
	public record Item(String caseId, int number, String sentence, List<String> words) {
		public boolean statedBy(String text) {
			String t = text.toLowerCase(Locale.ROOT);
			return words.stream().allMatch(w -> t.contains(w.toLowerCase(Locale.ROOT)));
		}
	}

	/** The outcome for one case: the expected items, and for each the index of the drafted statement that states it (-1 if none). */
	public record Match(List<Item> items, int[] statement) {
		public int matched() {
			int n = 0;
			for (int s : statement) {
				n += s >= 0 ? 1 : 0;
			}
			return n;
		}
	}

	private static final Map<String, List<Item>> CASES = Map.of(
			"INF-01", List.of(
					item("INF-01", 1, "Ventral epidural abscess at L3-L4 within phlegmon extending L2 to L4, with severe compression of the thecal sac and cauda equina.",
							"L3-L4", "L2 to L4", "epidural abscess", "cauda equina"),
					item("INF-01", 2, "Pyogenic discitis-osteomyelitis at L3-L4 with endplate erosions.", "L3-L4", "pyogenic discitis-osteomyelitis", "erosion"),
					item("INF-01", 3, "Left psoas abscess, 3.1 x 2.4 x 5.6 cm.", "left psoas abscess", "3.1 x 2.4 x 5.6 cm"),
					item("INF-01", 4, "Right L3-L4 septic facet arthritis, contiguous with the infection.", "right L3-L4", "septic facet arthritis", "contiguous"),
					item("INF-01", 5, "No non-contiguous epidural collection on whole-spine screening.", "no non-contiguous epidural collection", "whole-spine")),
			"INF-02", List.of(
					item("INF-02", 1, "Ventral epidural abscess T8 to T10 compressing the spinal cord at T9 with no CSF around the cord and cord edema.",
							"T8 to T10", "epidural abscess", "compressing the spinal cord at T9", "no CSF", "cord edema"),
					item("INF-02", 2, "Spondylitis T8 to T10 with relative disc sparing, subligamentous spread T7 to T11, intraosseous abscess at T9 and large thin, smooth-walled bilateral paravertebral abscesses: features favor tuberculous spondylitis.",
							"spondylitis T8 to T10", "relative disc sparing", "subligamentous spread T7 to T11", "intraosseous abscess at T9", "bilateral", "tuberculous spondylitis"),
					item("INF-02", 3, "T9 partial collapse (about 40 %) with mild focal kyphosis and left pedicle involvement.", "T9", "collapse", "40 %", "kyphosis")),
			"INF-03", List.of(
					item("INF-03", 1, "Modic type 1 endplate changes at L4-L5 with advanced disc degeneration and intradiscal vacuum; DWI claw sign. No MRI evidence of discitis-osteomyelitis.",
							"L4-L5", "Modic type 1", "claw sign", "no MRI evidence of discitis-osteomyelitis"),
					item("INF-03", 2, "No epidural or paraspinal collection.", "no epidural or paraspinal collection")),
			"TUM-01", List.of(
					item("TUM-01", 1, "Lytic T6 metastasis with pathologic compression (about 25 % height loss), left pedicle involvement and left ventrolateral epidural extension deforming the thecal sac without cord contact (ESCC/Bilsky 1b).",
							"lytic T6 metastasis", "25 %", "deforming the thecal sac", "Bilsky 1b"),
					item("TUM-01", 2, "SINS 7 (location 1, pain 1, lytic 2, alignment 0, collapse 2, posterolateral 1): potentially unstable; spine surgical consultation recommended before radiotherapy.",
							"SINS 7", "location 1", "pain 1", "alignment 0", "collapse 2", "posterolateral 1", "potentially unstable"),
					item("TUM-01", 3, "Additional T10 metastasis without collapse or epidural extension.", "T10 metastasis", "without collapse or epidural extension")),
			"TUM-02", List.of(
					item("TUM-02", 1, "T12 pathologic fracture due to metastasis with ventral and left lateral epidural tumor compressing the spinal cord, CSF still visible around the cord (ESCC/Bilsky 2, high grade).",
							"T12 metastasis", "pathologic compression fracture", "compressing the spinal cord", "CSF still visible", "Bilsky 2, high grade"),
					item("TUM-02", 2, "SINS 13 (location 3, pain 3, lytic 2, alignment 0, collapse 2, posterolateral 3): unstable.",
							"SINS 13", "location 3", "pain 3", "posterolateral 3", "unstable"),
					item("TUM-02", 3, "L2 superior endplate compression fracture (about 20 %) with fluid sign, band-like fracture line, preserved fatty marrow, retropulsed fragment and no pedicle or soft-tissue involvement: features favor a benign osteoporotic fracture.",
							"L2 compression fracture", "20 %", "fluid sign", "benign osteoporotic")),
			"TUM-03", List.of(
					item("TUM-03", 1, "Central, well-defined, avidly and homogeneously enhancing intramedullary mass C4 to C6 with superior hemosiderin cap and non-enhancing polar cysts: most consistent with spinal cord ependymoma; differential astrocytoma, hemangioblastoma less likely.",
							"central", "intramedullary mass C4 to C6", "ependymoma", "astrocytoma"),
					item("TUM-03", 2, "Cord edema C2 to T1.", "cord edema C2 to T1")),
			"TUM-04", List.of(
					item("TUM-04", 1, "Nodular enhancement along the cauda equina roots (largest 6 mm at L4) and smooth pial enhancement of the lower cord and conus: highly suggestive of leptomeningeal metastases.",
							"nodular", "largest nodule 0.6 cm at L4", "highly suggestive of leptomeningeal metastases"),
					item("TUM-04", 2, "Thin smooth lumbar dural enhancement, nonspecific and possibly related to the recent lumbar puncture.",
							"dural enhancement L3 to L5", "nonspecific", "lumbar puncture"),
					item("TUM-04", 3, "Non-enhancing sclerotic lesions at T11 and L2 without collapse or epidural extension (Bilsky 0).",
							"non-enhancing sclerotic lesions at T11 and L2", "without collapse", "Bilsky 0")),
			"POST-01", List.of(
					item("POST-01", 1, "Epidural fibrosis at left L5-S1 encasing the left S1 nerve root. No recurrent or residual disc herniation.",
							"epidural fibrosis at left L5-S1", "encasing the left S1 nerve root", "no recurrent or residual disc herniation"),
					item("POST-01", 2, "Central clumping of the cauda equina roots L4 to S1, consistent with arachnoiditis (Delamarter group 1).",
							"L4 to S1", "arachnoiditis", "Delamarter group 1")),
			"POST-02", List.of(
					item("POST-02", 1, "Small recurrent right paracentral-subarticular disc extrusion at L4-L5 (7 x 9 x 12 mm) with non-enhancing core and rim enhancement on early images and continuity with the parent disc, displacing the traversing right L5 root.",
							"recurrent right", "extrusion at L4-L5", "0.9 x 0.7 x 1.2 cm", "non-enhancing core", "continuity with the parent disc", "displacing the right L5 nerve root"),
					item("POST-02", 2, "Surrounding epidural fibrosis along the right laminotomy tract.", "surrounding epidural fibrosis", "L4-L5"),
					item("POST-02", 3, "Internal enhancement of the fragment on the delayed (32 min) series is a known pitfall and does not indicate scar.",
							"delayed (32 min)", "known pitfall", "does not indicate scar")),
			"POST-03", List.of(
					item("POST-03", 1, "Dorsal pseudomeningocele L3 to L5 (4.5 x 3.0 x 7.2 cm) communicating with the thecal sac through a dorsal dural defect at L4; no nerve root herniation into it.",
							"pseudomeningocele L3 to L5", "4.5 x 3.0 x 7.2 cm"),
					item("POST-03", 2, "Mild linear disc and endplate enhancement at L4-L5 without erosion, fluid signal or paravertebral soft-tissue enhancement: compatible with expected early postoperative change; no MRI features supporting postoperative discitis.",
							"mild linear disc and endplate enhancement at L4-L5", "expected postoperative change", "no MRI features supporting postoperative discitis"),
					item("POST-03", 3, "Small peripherally enhancing right ventrolateral epidural tissue at L4-L5, nonspecific at 7 weeks after surgery; follow-up if symptoms persist.",
							"peripherally enhancing right ventrolateral", "epidural tissue at L4-L5", "nonspecific at 7 weeks")));

	private ExpectedImpressions() {
	}

	private static Item item(String caseId, int number, String sentence, String... words) {
		return new Item(caseId, number, sentence, List.of(words));
	}

	/** @return the expected items of an example case, in the guide's order */
	public static List<Item> of(String caseId) {
		return CASES.get(caseId);
	}

	/** @return the total number of expected items over the ten cases */
	public static int total() {
		return CASES.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * Matches the expected items in order: each is looked for among the drafted
	 * statements after the one that stated the previous item.
	 */
	public static Match match(String caseId, List<String> drafted) {
		List<Item> items = of(caseId);
		int[] statement = new int[items.size()];
		int next = 0;
		for (int i = 0; i < items.size(); i++) {
			statement[i] = -1;
			for (int s = next; s < drafted.size(); s++) {
				if (items.get(i).statedBy(drafted.get(s))) {
					statement[i] = s;
					next = s + 1;
					break;
				}
			}
		}
		return new Match(new ArrayList<>(items), statement);
	}

	/**
	 * Prints how the drafted statements of a case state its expected items and
	 * fails on the first expected item not stated in order, unless it is a known gap.
	 *
	 * @param gaps reasons for items the draft cannot state, keyed {@code CASE#n}
	 * @return the match
	 * @throws AssertionError naming the item and showing the draft
	 */
	public static Match assertStated(String caseId, List<String> drafted, Map<String, String> gaps) {
		Match match = match(caseId, drafted);
		StringBuilder out = new StringBuilder("Drafted impression of " + caseId + ": " + match.matched() + " of "
				+ match.items().size() + " expected items matched\n");
		for (int i = 0; i < drafted.size(); i++) {
			out.append("  ").append(i + 1).append(". ").append(drafted.get(i)).append('\n');
		}
		for (int i = 0; i < match.items().size(); i++) {
			if (match.statement()[i] < 0) {
				out.append("  not stated: ").append(match.items().get(i).sentence()).append(" (")
						.append(gaps.getOrDefault(caseId + "#" + (i + 1), "no reason known")).append(")\n");
			}
		}
		System.out.print(out);
		for (int i = 0; i < match.items().size(); i++) {
			if (match.statement()[i] < 0 && !gaps.containsKey(caseId + "#" + (i + 1))) {
				throw new AssertionError("expected item " + (i + 1) + " stated in order; words "
						+ match.items().get(i).words() + "\n" + out);
			}
		}
		return match;
	}

	/**
	 * Checks a drafted impression of a case: it states the expected items in
	 * order ({@link #assertStated}), and every drafted item has its own draft
	 * key, is not marked edited, ends with a full stop and is linked to its
	 * findings; critical items come first.
	 *
	 * @param gaps reasons for items the draft cannot state, keyed {@code CASE#n}
	 * @throws AssertionError naming the item that fails
	 */
	public static void assertDrafted(String caseId, List<org.spinerad.model.ImpressionItem> draft,
			Map<String, String> gaps) {
		List<String> texts = draft.stream().map(org.spinerad.model.ImpressionItem::getText).toList();
		assertStated(caseId, texts, gaps);
		for (org.spinerad.model.ImpressionItem item : draft) {
			check(item.getDraftKey() != null, item.getText());
			check(!item.isEdited(), item.getText());
			check(item.getText().endsWith("."), item.getText());
			check(!item.getFindings().isEmpty(), "linked to its findings: " + item.getText());
		}
		check(draft.size() == draft.stream().map(org.spinerad.model.ImpressionItem::getDraftKey).distinct().count(),
				"every drafted item has its own key");
		for (int i = 1; i < draft.size(); i++) {
			check(!(draft.get(i).isCritical() && !draft.get(i - 1).isCritical()), "critical items come first: " + texts);
		}
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}
}
