package org.spinerad.model.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.query.Reports;

/**
 * Brings a report's impression in line with a fresh draft, as commands on the
 * editing domain (one undoable step each). Drafted items the radiologist has
 * not touched follow the draft: they are updated, added and removed. Items the
 * radiologist typed (no {@code draftKey}) or edited ({@code edited}) are kept as
 * written; only {@link #redraft} restores an edited item to its drafted text.
 * The commands are built without the domain's command factory, so following a
 * draft never marks an item edited.
 */
public final class ImpressionDrafts {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private ImpressionDrafts() {
	}

	/**
	 * @param drafted the new draft: items not in any report, each with a {@code draftKey}
	 * @return the command that makes the impression follow the draft, or null when it already does,
	 *         the report is signed, or its impression was written entirely by hand
	 */
	public static Command follow(EditingDomain domain, Report report, List<ImpressionItem> drafted) {
		return follow(domain, report, drafted, false);
	}

	/**
	 * As {@link #follow(EditingDomain, Report, List)}; with {@code itemsOnly} the drafted items
	 * present are updated but none is added or removed (e.g. while a field is being typed in,
	 * so the form is not rebuilt under the cursor; the next other change adds and removes).
	 */
	public static Command follow(EditingDomain domain, Report report, List<ImpressionItem> drafted, boolean itemsOnly) {
		if (!report.getImpression().isEmpty() && report.getImpression().stream().allMatch(i -> i.getDraftKey() == null)) {
			return null; // an impression written by hand before drafting existed: only Redraft adds the draft
		}
		return sync(domain, report, drafted, false, itemsOnly);
	}

	/**
	 * Restores one drafted item to the draft (text, category, critical flag, findings) and clears
	 * its edited mark; with {@code item} null, every drafted item, and the impression follows the
	 * draft. Typed items stay.
	 *
	 * @return the command, or null when there is nothing to restore
	 */
	public static Command redraft(EditingDomain domain, Report report, List<ImpressionItem> drafted,
			ImpressionItem item) {
		if (item == null) {
			return sync(domain, report, drafted, true, false);
		}
		if (Reports.isSigned(report) || item.getDraftKey() == null) {
			return null;
		}
		ImpressionItem draft = drafted.stream().filter(d -> item.getDraftKey().equals(d.getDraftKey())).findFirst()
				.orElse(null);
		if (draft == null) {
			return null;
		}
		CompoundCommand c = new CompoundCommand("Redraft impression item");
		update(domain, c, item, draft);
		set(domain, c, item, P.getImpressionItem_Edited(), Boolean.FALSE, item.isEdited());
		return c.isEmpty() ? null : c.unwrap();
	}

	private static Command sync(EditingDomain domain, Report report, List<ImpressionItem> drafted, boolean all,
			boolean itemsOnly) {
		if (Reports.isSigned(report)) {
			return null;
		}
		CompoundCommand c = new CompoundCommand(all ? "Redraft impression" : "Follow the findings");
		Map<String, ImpressionItem> draftByKey = new HashMap<>();
		drafted.forEach(d -> draftByKey.put(d.getDraftKey(), d));
		List<ImpressionItem> kept = new ArrayList<>();
		for (ImpressionItem item : report.getImpression()) {
			String key = item.getDraftKey();
			boolean follows = key != null && (all || !item.isEdited());
			if (!follows) {
				kept.add(item);
			} else if (draftByKey.containsKey(key)) {
				update(domain, c, item, draftByKey.get(key));
				set(domain, c, item, P.getImpressionItem_Edited(), Boolean.FALSE, item.isEdited());
				kept.add(item);
			}
			// else: a drafted item the draft no longer has goes
		}
		// new drafted items go after the item of the previous drafted key, else before the next one
		List<String> present = new ArrayList<>(kept.stream().map(ImpressionItem::getDraftKey).toList());
		for (int d = 0; d < drafted.size(); d++) {
			ImpressionItem draft = drafted.get(d);
			if (present.contains(draft.getDraftKey())) {
				continue;
			}
			int index = insertionIndex(drafted, d, present);
			present.add(index, draft.getDraftKey());
			kept.add(index, copy(draft));
		}
		if (!itemsOnly && !kept.equals(report.getImpression())) {
			// one replacement of the list: items that stay keep their identity and their edits
			c.append(new SetCommand(domain, report, P.getReport_Impression(), kept));
		}
		return c.isEmpty() ? null : c.unwrap();
	}

	private static int insertionIndex(List<ImpressionItem> drafted, int d, List<String> present) {
		for (int p = d - 1; p >= 0; p--) {
			int at = present.indexOf(drafted.get(p).getDraftKey());
			if (at >= 0) {
				return at + 1;
			}
		}
		for (int n = d + 1; n < drafted.size(); n++) {
			int at = present.indexOf(drafted.get(n).getDraftKey());
			if (at >= 0) {
				return at;
			}
		}
		// before the radiologist's own items when no drafted neighbour is there yet
		int firstTyped = present.indexOf(null);
		return firstTyped >= 0 ? firstTyped : present.size();
	}

	private static void update(EditingDomain domain, CompoundCommand c, ImpressionItem item, ImpressionItem draft) {
		set(domain, c, item, P.getImpressionItem_Text(), draft.getText(), item.getText());
		set(domain, c, item, P.getImpressionItem_Category(), draft.getCategory(), item.getCategory());
		set(domain, c, item, P.getImpressionItem_Critical(), draft.isCritical(), item.isCritical());
		if (!item.getFindings().equals(draft.getFindings())) {
			c.append(new SetCommand(domain, item, P.getImpressionItem_Findings(), new ArrayList<>(draft.getFindings())));
		}
	}

	private static void set(EditingDomain domain, CompoundCommand c, ImpressionItem item,
			org.eclipse.emf.ecore.EStructuralFeature feature, Object value, Object current) {
		if (!Objects.equals(value, current)) {
			c.append(new SetCommand(domain, item, feature, value));
		}
	}

	private static ImpressionItem copy(ImpressionItem draft) {
		ImpressionItem item = org.spinerad.model.ReportFactory.eINSTANCE.createImpressionItem();
		item.setDraftKey(draft.getDraftKey());
		item.setText(draft.getText());
		item.setCategory(draft.getCategory());
		item.setCritical(draft.isCritical());
		item.getFindings().addAll(draft.getFindings());
		return item;
	}
}
