import type { APIRoute } from 'astro';
import icon from '../assets/icon.svg?raw';

/** The site icon, from its one source in src/assets. */
export const GET: APIRoute = () => new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });
