/** A slide's date line in words: "March 2015", or "What changed from March 2015 to 18 January 2022". */
import type { Lang } from '../i18n/lang';
import { formatPartialDate, translate } from '../i18n/format';
import type { SlideView } from './storyView';

export function slideDate(slide: Pick<SlideView, 'date' | 'pair'>, lang: Lang): string {
	if (slide.pair)
		return translate(lang, 'present.compare', {
			from: formatPartialDate(slide.pair.from, lang),
			to: formatPartialDate(slide.pair.to, lang)
		});
	return slide.date ? formatPartialDate(slide.date, lang) : '';
}
