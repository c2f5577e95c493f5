import type { APIRoute } from 'astro';
import icon from '../assets/icon.svg?raw';
import { iconPng } from '../lib/icons.ts';

/** The home-screen icon iOS asks for: 180×180 PNG. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await iconPng(icon, 180)), { headers: { 'Content-Type': 'image/png' } });
