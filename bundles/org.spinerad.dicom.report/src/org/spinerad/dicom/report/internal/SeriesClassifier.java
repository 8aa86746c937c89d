package org.spinerad.dicom.report.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomValueException;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.ImportedInstance;
import org.spinerad.dicom.report.ImportedSeries;
import org.spinerad.model.Plane;
import org.spinerad.model.Weighting;

/**
 * Describes a series from the headers of its instances: plane (from the image
 * orientation, else the description), weighting, fat suppression, before or
 * after contrast, field strength and the time of acquisition; and reads
 * header values that may be malformed without failing the import.
 */
final class SeriesClassifier {

	private SeriesClassifier() {
	}

	static ImportedSeries series(List<StudyScanner.Instance> instances) {
		DataSet h = instances.get(0).header;
		String description = h.getString(Tag.SeriesDescription);
		if (description == null) {
			description = h.getString(Tag.ProtocolName);
		}
		String agent = null;
		LocalDateTime acquired = null;
		for (StudyScanner.Instance i : instances) {
			if (agent == null) {
				agent = i.header.getString(Tag.ContrastBolusAgent);
			}
			LocalDateTime t = acquisition(i.header);
			if (t != null && (acquired == null || t.isBefore(acquired))) {
				acquired = t;
			}
		}
		Set<String> words = words(description);
		boolean post = !words.contains("pre") && !words.contains("native") && (agent != null || words.contains("post")
				|| words.contains("+c") || words.contains("gd") || words.contains("+gd") || words.contains("contrast"));
		Double field = h.getDouble(Tag.MagneticFieldStrength);
		if (field != null && field > 100) {
			field = field / 10000.0; // some old scanners wrote gauss
		}
		String scanOptions = String.join(" ", h.getStrings(Tag.ScanOptions)).toLowerCase(Locale.ROOT);
		boolean fat = words.contains("fs") || words.contains("fatsat") || words.contains("stir")
				|| words.contains("tirm") || words.contains("dixon") || words.contains("spair") || words.contains("spir")
				|| scanOptions.contains("fs") || scanOptions.contains("fat");
		return new ImportedSeries(instances.get(0).seriesUid, h.getInt(Tag.SeriesNumber),
				instances.get(0).modality, description, h.getString(Tag.BodyPartExamined), field, agent, post,
				plane(h, words), weighting(words), fat, acquired, instances.size(),
				instances.stream().filter(i -> i.sopClassUid != null && i.sopInstanceUid != null)
						.map(i -> new ImportedInstance(i.sopClassUid, i.sopInstanceUid)).toList());
	}

	private static LocalDateTime acquisition(DataSet h) {
		try {
			LocalDate day = firstDate(h, Tag.AcquisitionDate, Tag.SeriesDate, Tag.StudyDate);
			java.time.LocalTime time = h.getTime(Tag.AcquisitionTime) != null ? h.getTime(Tag.AcquisitionTime)
					: h.getTime(Tag.SeriesTime);
			return day != null && time != null ? day.atTime(time) : null;
		} catch (DicomValueException e) {
			return null;
		}
	}

	static LocalDate firstDate(DataSet h, int... tags) {
		for (int tag : tags) {
			try {
				LocalDate d = h.getDate(tag);
				if (d != null) {
					return d;
				}
			} catch (DicomValueException e) {
				// try the next
			}
		}
		return null;
	}

	static java.time.LocalTime safeTime(DataSet h, int tag) {
		try {
			return h.getTime(tag);
		} catch (DicomValueException e) {
			return null;
		}
	}

	static Double safeDouble(DataSet h, int tag) {
		try {
			return h.getDouble(tag);
		} catch (DicomValueException e) {
			return null;
		}
	}

	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		if (text != null) {
			for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9+]+")) {
				if (!w.isEmpty()) {
					words.add(w);
					if (w.startsWith("+") && w.length() > 1) {
						words.add(w.substring(1));
					}
				}
			}
		}
		return words;
	}

	private static Plane plane(DataSet h, Set<String> words) {
		double[] o;
		try {
			o = h.getDoubles(Tag.ImageOrientationPatient);
		} catch (DicomValueException e) {
			o = new double[0];
		}
		if (o.length == 6) {
			double nx = o[1] * o[5] - o[2] * o[4];
			double ny = o[2] * o[3] - o[0] * o[5];
			double nz = o[0] * o[4] - o[1] * o[3];
			double ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
			if (ax > ay && ax > az) {
				return Plane.SAGITTAL;
			}
			if (ay > ax && ay > az) {
				return Plane.CORONAL;
			}
			if (az > ax && az > ay) {
				return Plane.AXIAL;
			}
		}
		if (words.contains("sag") || words.contains("sagittal")) {
			return Plane.SAGITTAL;
		}
		if (words.contains("ax") || words.contains("axial") || words.contains("tra") || words.contains("transversal")) {
			return Plane.AXIAL;
		}
		if (words.contains("cor") || words.contains("coronal")) {
			return Plane.CORONAL;
		}
		return Plane.OTHER;
	}

	private static Weighting weighting(Set<String> words) {
		if (words.contains("stir") || words.contains("tirm")) {
			return Weighting.STIR;
		}
		if (words.contains("dwi") || words.contains("diff") || words.contains("diffusion") || words.contains("adc")
				|| words.contains("trace")) {
			return Weighting.DWI;
		}
		if (words.stream().anyMatch(w -> w.startsWith("t2"))) {
			return Weighting.T2;
		}
		if (words.stream().anyMatch(w -> w.startsWith("t1"))) {
			return Weighting.T1;
		}
		return Weighting.OTHER;
	}

}
