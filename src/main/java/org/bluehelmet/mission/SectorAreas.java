package org.bluehelmet.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.PlaceKind;
import org.bluehelmet.system.InvalidInputException;

/**
 * Divides a mission's area, given as PRIO-GRID cells, among its sectors so that every
 * cell lies in exactly one: a cell joins the sector that lists its region (spellings
 * resolved by the gazetteer); a cell without a region (its centre lies outside the
 * country) or with a region no sector lists joins the sector of the nearest cell that has
 * one, by distance between centres, ties broken by the lower {@code gid}.
 *
 * @param sectorOfCell sector name by {@code gid}, in {@code gid} order
 * @param unlistedRegions regions found in the cells that no sector lists (their cells
 * went to the nearest sector); empty when the sectors cover the country
 */
record SectorAreas(Map<Integer, String> sectorOfCell, Set<String> unlistedRegions) {

	public static SectorAreas assign(List<Sector> sectors, List<GridCell> cells, Gazetteer gazetteer) {
		Map<String, String> sectorOfRegion = new HashMap<>();
		for (Sector sector : sectors) {
			for (String region : sector.regions()) {
				String previous = sectorOfRegion.put(gazetteer.canonical(PlaceKind.REGION, region), sector.name());
				if (previous != null) {
					throw new InvalidInputException("regions", "region " + region + " is listed by sectors " + previous
							+ " and " + sector.name() + "; each region belongs to one sector");
				}
			}
		}
		List<GridCell> anchored = new ArrayList<>();
		Map<Integer, String> assigned = new HashMap<>();
		Set<String> unlisted = new TreeSet<>();
		for (GridCell cell : cells) {
			Optional<String> sector = regionOf(cell, gazetteer).map(sectorOfRegion::get);
			if (sector.isPresent()) {
				assigned.put(cell.gid(), sector.get());
				anchored.add(cell);
			}
			else {
				regionOf(cell, gazetteer).ifPresent(unlisted::add);
			}
		}
		if (anchored.isEmpty() && !cells.isEmpty()) {
			throw new InvalidInputException("regions", "no cell lies in a region that a sector lists");
		}
		for (GridCell cell : cells) {
			assigned.computeIfAbsent(cell.gid(), gid -> assigned.get(nearest(cell, anchored).gid()));
		}
		Map<Integer, String> ordered = new LinkedHashMap<>();
		assigned.keySet().stream().sorted().forEach(gid -> ordered.put(gid, assigned.get(gid)));
		return new SectorAreas(ordered, unlisted);
	}

	private static Optional<String> regionOf(GridCell cell, Gazetteer gazetteer) {
		return cell.hasRegion() ? Optional.of(gazetteer.canonical(PlaceKind.REGION, cell.region())) : Optional.empty();
	}

	private static GridCell nearest(GridCell cell, List<GridCell> candidates) {
		return candidates.stream()
			.min(Comparator.<GridCell>comparingDouble(other -> other.centre().distanceKm(cell.centre()))
				.thenComparingInt(GridCell::gid))
			.orElseThrow();
	}

	/** The sector of a cell of the area, if the cell is part of it. */
	public Optional<String> sectorOf(int gid) {
		return Optional.ofNullable(sectorOfCell.get(gid));
	}

}
