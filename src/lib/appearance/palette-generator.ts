/**
 * Installs iwanthue as the generator of category palettes. Imported with the file importer
 * (before an opened network is shown) and by the tests; the first view does without it.
 */
import iwanthue from 'iwanthue';
import { usePaletteGenerator } from './palette';

usePaletteGenerator(iwanthue);
