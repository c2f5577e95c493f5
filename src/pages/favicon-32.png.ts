import type { APIRoute } from 'astro';
import icon from '../assets/icon.svg?raw';
import { iconPng } from '../lib/icons.ts';

/** A PNG favicon for browsers that cannot use the SVG one. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await iconPng(icon, 32)), { headers: { 'Content-Type': 'image/png' } });
