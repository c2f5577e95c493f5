import type { APIRoute } from 'astro';
import { feedEdition } from '../editions/feed.ts';

/** `/feed.xml`: RSS 2.0 with the whole article (src/editions/feed.ts). */
export const GET: APIRoute = ({ site }) => feedEdition(site);
