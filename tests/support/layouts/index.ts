export { wordLike } from './wordLike';
export { offset, placeStandardForm } from './offset';
export { olderBudget } from './olderBudget';
export { splitTarget } from './splitTarget';
export { yuan } from './yuan';
export { mergedNotes, DATE_SERIAL_2022_12_31 } from './mergedNotes';
export { project, placeProjectForm, sampleProject } from './project';
export { twoSheets } from './twoSheets';
export type { BuiltLayout, FormPlaces, IndicatorPlace, IndicatorField, FormCellName, SheetContents } from './types';
